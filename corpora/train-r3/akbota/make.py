#!/usr/bin/env python3
"""Rebuild akbota's held-out corpus: every document's text is written by hand below.
Run: /tmp/cv-akbota/bin/python make.py  (python-docx, openpyxl, reportlab)."""
import io, json, os
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import encoders
from email.header import Header
from email.utils import formataddr
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
PS = ParagraphStyle("n", fontName="DV", fontSize=9, leading=11)
PSS = ParagraphStyle("s", fontName="DV", fontSize=7, leading=8.5)

def P(path):
    return os.path.join(OUT, path)

# ---------- agencies (invented) ----------
AG = {
 "mtszn": {"name": "Министерство труда и социальной защиты населения Республики Казахстан", "email": "kense@enbek-mtszn.gov.kz", "bin": "010440003711"},
 "mz": {"name": "Министерство здравоохранения Республики Казахстан", "email": "kanc@dsm-mz.gov.kz", "bin": "060240001921"},
 "mvd": {"name": "Министерство внутренних дел Республики Казахстан", "email": "kanc@mvd-rk.gov.kz", "bin": "971240001205"},
 "zko_zher": {"name": "Управление земельных отношений Западно-Казахстанской области", "email": "zher@bko-akimat.gov.kz", "bin": "100140009344"},
 "turk_bilim": {"name": "Управление образования Туркестанской области", "email": "bilim@turkistan-obl.gov.kz", "bin": "180940021377"},
 "almaty_arh": {"name": "Управление архитектуры и градостроительства города Алматы", "email": "sәulet@almaty-akimat.gov.kz", "bin": "050340012988"},
 "abai_vet": {"name": "Управление ветеринарии области Абай", "email": "vet@abai-obl.gov.kz", "bin": "220740018201"},
 "astana_tsk": {"name": "Управление культуры, архивов и документации города Астаны", "email": "madeniet@astana-akimat.gov.kz", "bin": "990340007754"},
 "kgd": {"name": "Комитет государственных доходов Министерства финансов Республики Казахстан", "email": "kgd_kanc@kgd-minfin.gov.kz", "bin": "980440001034"},
 "mcriap": {"name": "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "email": "kense@mdai-rk.gov.kz", "bin": "190340017640"},
 "karag_akim": {"name": "Аппарат акима Шетского района Карагандинской области", "email": "shet-akimat@karaganda-obl.gov.kz", "bin": "020240004419"},
 "kzo_ap": {"name": "Управление предпринимательства и индустриально-инновационного развития Кызылординской области", "email": "kasipker@kyzylorda-obl.gov.kz", "bin": "130540016652"},
 "msh": {"name": "Министерство сельского хозяйства Республики Казахстан", "email": "kanc@minagri-rk.gov.kz", "bin": "990740002243"},
 "mangy_zhkh": {"name": "Управление энергетики и жилищно-коммунального хозяйства Мангистауской области", "email": "tkh@mangystau-obl.gov.kz", "bin": "071140003395"},
 "mju": {"name": "Министерство юстиции Республики Казахстан", "email": "kanc@adilet-minjust.gov.kz", "bin": "970240000123"},
 "zhetisu_zhol": {"name": "Управление пассажирского транспорта и автомобильных дорог области Жетісу", "email": "zholdar@zhetisu-obl.gov.kz", "bin": "220840029016"},
}
AG["almaty_arh"]["email"] = "saulet@almaty-akimat.gov.kz"

def dump(path, obj):
    with open(P(path), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

def keys(name, docs, ctx):
    dump(name + ".expected.json", {"exit": 0, "documents": docs})
    dump(name + ".context.json", ctx)

def C(ag, services, awaiting, our, effect, is_reply):
    a = dict(AG[ag])
    return {"agency": a, "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting,
            "our_letter": None if our is None else {"number": our[0], "date": our[1], "subject": our[2]},
            "expected_effect": effect, "is_reply": is_reply}

def resp(full_name, position=None, email=None, phone=None):
    return {"full_name": full_name, "position": position, "email": email, "phone": phone}

# ---------- writers ----------
def docx_bytes(blocks, landscape_=False, font=11):
    """blocks: list of ('p', text) | ('b', text) bold | ('t', rows, opts) table."""
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(font)
    if landscape_:
        from docx.enum.section import WD_ORIENT
        s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for b in blocks:
        if b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif b[0] == "t":
            rows = b[1]; opts = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v is not None:
                        t.cell(i, j).text = v
            for (r1, c1, r2, c2) in opts.get("merge", []):
                a = t.cell(r1, c1); txt = a.text
                m = a.merge(t.cell(r2, c2)); m.text = txt
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()

def xlsx_bytes(sheets):
    """sheets: list of (title, rows, merges(list of 'A1:B2'), widths dict)"""
    wb = openpyxl.Workbook(); first = True
    for title, rows, merges, widths in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False; ws.title = title
        for r in rows:
            ws.append(r)
        for m in merges:
            ws.merge_cells(m)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()

def pdf_bytes(blocks, land=False):
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=landscape(A4) if land else A4, leftMargin=30, rightMargin=30, topMargin=30, bottomMargin=30)
    story = []
    for b in blocks:
        if b[0] == "p":
            story.append(Paragraph(b[1].replace("\n", "<br/>"), PS)); story.append(Spacer(1, 4))
        elif b[0] == "t":
            rows = b[1]; opts = b[2] if len(b) > 2 else {}
            data = [[Paragraph((c or "").replace("\n", "<br/>"), PSS) for c in r] for r in rows]
            t = Table(data, colWidths=opts.get("widths"), repeatRows=0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for (r1, c1, r2, c2) in opts.get("span", []):
                style.append(("SPAN", (c1, r1), (c2, r2)))
            t.setStyle(TableStyle(style)); story.append(t); story.append(Spacer(1, 6))
    doc.build(story); return bio.getvalue()

def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(P(name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)

def eml(name, frm, to, subject, date, body=None, html=None, charset="utf-8", attachments=(),
        extra_headers=(), label=None, msgid=None, cte="8bit"):
    """Builds a message by hand. label: charset written in the header (may be wrong/missing:
    label='' means no charset param). body encoded with `charset`."""
    import zlib; boundary = "----=_NextPart_" + str(zlib.crc32(name.encode())).zfill(12)
    lines = []
    lines.append(f"From: {frm}")
    lines.append(f"To: {to}")
    lines.append(f"Subject: {Header(subject, 'utf-8').encode()}")
    lines.append(f"Date: {date}")
    lines.append(f"Message-ID: <{msgid or (name.replace('.', '-') + '@mail.gov.kz')}>")
    lines.append("MIME-Version: 1.0")
    for h in extra_headers:
        lines.append(h)
    lab = charset if label is None else label
    ctp = (lambda sub: f"Content-Type: text/{sub}" + (f"; charset=\"{lab}\"" if lab else ""))
    import base64, quopri
    def enc_part(text, sub):
        raw = text.encode(charset)
        if cte == "base64":
            payload = base64.encodebytes(raw).decode("ascii")
        elif cte == "quoted-printable":
            payload = quopri.encodestring(raw).decode("ascii")
        else:
            payload = raw
        return [ctp(sub), f"Content-Transfer-Encoding: {cte}", ""], payload
    parts = []
    if body is not None and html is not None:
        parts.append(("alt", None))
    head = "\r\n".join(lines).encode("utf-8")
    out = [head]
    def bpart(hdr, payload):
        h = "\r\n".join(hdr).encode("ascii") + b"\r\n"
        return h + (payload if isinstance(payload, bytes) else payload.encode("ascii")) + b"\r\n"
    if not attachments and (body is None or html is None):
        hdr, payload = enc_part(body if body is not None else html, "plain" if body is not None else "html")
        out.append(b"\r\n" + "\r\n".join(hdr[:2]).encode("ascii") + b"\r\n\r\n" + (payload if isinstance(payload, bytes) else payload.encode("ascii")))
        data = b"".join(out)
    else:
        segs = []
        if body is not None and html is not None:
            ib = "----=_Alt_" + boundary[-8:]
            h1, p1 = enc_part(body, "plain"); h2, p2 = enc_part(html, "html")
            alt = (f"Content-Type: multipart/alternative; boundary=\"{ib}\"\r\n\r\n").encode() + \
                  f"--{ib}\r\n".encode() + bpart(h1[:2] + [""], p1) + f"--{ib}\r\n".encode() + bpart(h2[:2] + [""], p2) + f"--{ib}--\r\n".encode()
            segs.append(alt)
        elif body is not None or html is not None:
            h1, p1 = enc_part(body if body is not None else html, "plain" if body is not None else "html")
            segs.append(bpart(h1[:2] + [""], p1))
        for fname, fdata, ctype in attachments:
            b64 = base64.encodebytes(fdata).decode("ascii")
            fn_hdr = Header(fname, "utf-8").encode() if any(ord(ch) > 127 for ch in fname) else fname
            segs.append(bpart([f"Content-Type: {ctype}; name=\"{fn_hdr}\"", "Content-Transfer-Encoding: base64",
                               f"Content-Disposition: attachment; filename=\"{fn_hdr}\"", ""], b64))
        body_b = b"".join(f"--{boundary}\r\n".encode() + s for s in segs) + f"--{boundary}--\r\n".encode()
        data = head + f"\r\nContent-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n".encode() + body_b
    with open(P(name), "wb") as f:
        f.write(data)

DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF_T = "application/pdf"

HDR_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
          "Стандарт государственной услуги (с указанием его реквизитов)",
          "Регламент государственной услуги (с указанием его реквизитов)",
          "Изменения нормативных правовых актов",
          "Интернет-ресурс, на котором размещена информация о государственной услуге",
          "Фамилия, имя, отчество, должность ответственного лица"]
HDR_KK = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы",
          "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
          "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
          "Нормативтік құқықтық актілердің өзгерістері",
          "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
          "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
NUMS = ["1", "2", "3", "4", "5", "6", "7", "8"]

def svc(reg, name, std, regl, npa, web, r):
    return {"registry_number": reg, "service_name": name, "standard": std, "regulation": regl,
            "npa_changes": npa, "website": web, "responsible": r}

DOCS = []   # registry of (file, kind, lang, format, hard) for the manifest
def M(file, kind, lang, fmt, hard):
    DOCS.append((file, kind, lang, fmt, hard))

# =====================================================================
# APPENDIX 1 FORMS
# =====================================================================

# F1 — Kazakh form, column-number row, executor in Kazakh date words
n = "Шығ_04-12_1873.docx"
s1 = svc("00812014", "Жер учаскесінің сәйкестендіру құжатын дайындау",
         "«Жер учаскесінің сәйкестендіру құжатын дайындау» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығымен бекітілген",
         None, "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 17 маусымдағы № 214 бұйрығы",
         "www.egov.kz", resp("Мұқанова Әсел Ерланқызы", "жер кадастры бөлімінің бас маманы", "a.mukanova@bko-akimat.gov.kz", "+77112517743"))
s2 = svc("00812031", "Жер учаскесінің нысаналы мақсатын өзгерту",
         "«Жер учаскесінің нысаналы мақсатын өзгерту» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығымен бекітілген",
         None, None, "www.egov.kz", resp("Жұмағалиев Нұрлан Асқарұлы", "жер қатынастары бөлімінің басшысы", "n.zhumagaliev@bko-akimat.gov.kz", "87112517790"))
rows = [HDR_KK, NUMS,
        ["1", "00812014", s1["service_name"], s1["standard"], "–", s1["npa_changes"], "www.egov.kz",
         "Мұқанова Әсел Ерланқызы, жер кадастры бөлімінің бас маманы, тел. +7 (7112) 51-77-43, a.mukanova@bko-akimat.gov.kz"],
        ["2", "00812031", s2["service_name"], s2["standard"], "–", "–", "www.egov.kz",
         "Жұмағалиев Нұрлан Асқарұлы, жер қатынастары бөлімінің басшысы, 8 7112 51 77 90, n.zhumagaliev@bko-akimat.gov.kz"]]
write(n, docx_bytes([("p", "Батыс Қазақстан облысының жер қатынастары басқармасы"), ("p", "2026 жылғы 4 желтоқсан № 04-12/1873"),
                     ("p", "Бірыңғай байланыс орталығына"), ("p", "2026 жылғы 27 қарашадағы № ЕКЦ-2026/4412 сұрау салуыңызға жауап ретінде ақпаратты ұсынамыз."),
                     ("b", "Мемлекеттік көрсетілетін қызмет туралы ақпарат"), ("t", rows),
                     ("p", "Орындаған: Сағындықова Гүлнар Бекқызы"), ("p", "Күні: 2026 жылғы 3 желтоқсан")], landscape_=True))
keys(n, [{"part": n, "kind": "appendix1_form", "language": "kk", "services": [s1, s2],
          "executor": {"full_name": "Сағындықова Гүлнар Бекқызы", "date": "2026-12-03"}}],
     C("zko_zher", [("00812014", "Жер учаскесінің сәйкестендіру құжатын дайындау"), ("00812031", "Жер учаскесінің нысаналы мақсатын өзгерту")],
       "information", ("ЕКЦ-2026/4412", "2026-11-27", "Запрос информации по Приложению 1"), "record the information for both services, move to training", True))
M(n, "appendix1_form", "kk", "docx", "Kazakh headers and column-number row; regulation '–' → null; executor date in Kazakh words")

# F2 — xlsx, merged two-row header, '-//-' repeats in columns 4 and 7
n = "Приложение1_вет.xlsx"
std = "Правила оказания государственной услуги «{}», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 27 мая 2020 года № 185"
names = ["Выдача ветеринарного паспорта на животное", "Выдача ветеринарной справки", "Выдача ветеринарного сертификата на перемещаемые объекты"]
regs = ["00905007", "00905010", "00905012"]
r_vet = resp("Байжанова Салтанат Оралхановна", "главный специалист отдела ветеринарной безопасности", "s.baizhanova@abai-obl.gov.kz", "87222564418")
sv = [svc(regs[i], names[i], std.format(names[i]), None, None, "https://www.gov.kz/memleket/entities/abai-vet", r_vet) for i in range(3)]
sv[2]["npa_changes"] = "Приказ Министра сельского хозяйства Республики Казахстан от 9 сентября 2026 года № 318"
rows = [["Приложение 1", None, None, None, None, None, None, None],
        ["№ п/п", "Сведения о государственной услуге", None, None, None, None, None, "Ответственное лицо (Ф.И.О., должность)"],
        [None, "№ в реестре", "Наименование", "Стандарт (реквизиты)", "Регламент (реквизиты)", "Изменения НПА", "Интернет-ресурс", None],
        [1, 2, 3, 4, 5, 6, 7, 8],
        [1, "00905007", names[0], "Правила оказания государственной услуги «Выдача ветеринарного паспорта на животное», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 27 мая 2020 года № 185", "-", "-", "https://www.gov.kz/memleket/entities/abai-vet", "Байжанова Салтанат Оралхановна, главный специалист отдела ветеринарной безопасности, 8 (7222) 56-44-18, s.baizhanova@abai-obl.gov.kz"],
        [2, "00905010", names[1], "Правила оказания государственной услуги «Выдача ветеринарной справки», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 27 мая 2020 года № 185", "-", "-", "-//-", "-//-"],
        [3, "00905012", names[2], "Правила оказания государственной услуги «Выдача ветеринарного сертификата на перемещаемые объекты», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 27 мая 2020 года № 185", "-", "Приказ Министра сельского хозяйства Республики Казахстан от 9 сентября 2026 года № 318", "-//-", "-//-"],
        [], ["Исполнитель: Қасымова Ж.Т.", None, None, None, None, None, None, None], ["05.12.2026"]]
write(n, xlsx_bytes([("Лист1", rows, ["A1:H1", "A2:A3", "B2:G2", "H2:H3"], {"C": 30, "D": 45, "E": 20, "F": 30, "G": 25, "H": 40})]))
keys(n, [{"part": n, "kind": "appendix1_form", "language": "ru", "services": sv,
          "executor": {"full_name": "Қасымова Ж.Т.", "date": "2026-12-05"}}],
     C("abai_vet", list(zip(regs, names)), "information", ("ЕКЦ-2026/4398", "2026-11-26", "О предоставлении информации по государственным услугам"), "record three services; '-//-' means same as the row above", True))
M(n, "appendix1_form", "ru", "xlsx", "two-row header with merged group cell; '-//-' repeats in columns 7 and 8 (key resolves them)")

# F3 — transposed one-service form (field | value), bilingual field labels
n = "nysan1.docx"
s = svc("00702003", "Архивтік анықтамалар беру / Выдача архивных справок",
        "Правила оказания государственной услуги «Выдача архивных справок», утвержденные приказом Министра культуры и спорта Республики Казахстан от 1 июня 2020 года № 158",
        None, "Приказ Министра культуры и информации Республики Казахстан от 14 октября 2026 года № 402",
        "astana.gov.kz/arhiv", resp("Тоқтарова Динара Сәкенқызы", "мемлекеттік архив бөлімінің жетекші маманы / ведущий специалист отдела государственного архива", "d.toktarova@astana-akimat.gov.kz", "+77172556031"))
rows = [["1. Р/с № / № п/п", "1"],
        ["2. Тізілімдегі № / № в реестре", "00702003"],
        ["3. Атауы / Наименование", s["service_name"]],
        ["4. Стандарт (деректемелері) / Стандарт (реквизиты)", s["standard"]],
        ["5. Регламент / Регламент", "жоқ / нет"],
        ["6. НҚА өзгерістері / Изменения НПА", s["npa_changes"]],
        ["7. Интернет-ресурс", "astana.gov.kz/arhiv"],
        ["8. Жауапты тұлға / Ответственное лицо", "Тоқтарова Динара Сәкенқызы\nмемлекеттік архив бөлімінің жетекші маманы / ведущий специалист отдела государственного архива\n+7 7172 55 60 31\nd.toktarova@astana-akimat.gov.kz"]]
write(n, docx_bytes([("b", "Мемлекеттік көрсетілетін қызмет туралы ақпарат / Информация о государственной услуге"), ("t", rows),
                     ("p", "Орындаушы / Исполнитель: Әбдірахманов Ерболат"), ("p", "08.12.2026")]))
keys(n, [{"part": n, "kind": "appendix1_form", "services": [s], "executor": {"full_name": "Әбдірахманов Ерболат", "date": "2026-12-08"}}],
     C("astana_tsk", [("00702003", "Выдача архивных справок")], "information", ("ЕКЦ-2026/4451", "2026-12-01", "Запрос информации о государственной услуге"), "record the service's information", True))
M(n, "appendix1_form", "kk+ru", "docx", "form turned on its side (field|value); bilingual labels; 'жоқ / нет' regulation → null; executor without patronymic")

# F4 — PDF, a row continued on the next table row (page-break style continuation)
n = "scan_20261209_01.pdf"
s1 = svc("01303019", "Назначение социальной выплаты на случай потери работы",
         "Правила оказания государственной услуги «Назначение социальной выплаты на случай потери работы», утвержденные приказом Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 25 мая 2023 года № 181",
         None, "Приказ Министра труда и социальной защиты населения Республики Казахстан от 30 июня 2026 года № 244 «О внесении изменений в приказ от 25 мая 2023 года № 181»",
         "www.enbek.gov.kz", resp("Ержанова Ляззат Бахытовна", "главный эксперт Департамента социального страхования", "l.erzhanova@enbek-mtszn.gov.kz", "+77172742215"))
s2 = svc("01303022", "Назначение социальной выплаты на случай потери кормильца",
         "Правила оказания государственной услуги «Назначение социальной выплаты на случай потери кормильца», утвержденные приказом Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 25 мая 2023 года № 181",
         None, None, "www.enbek.gov.kz", resp("Ержанова Ляззат Бахытовна", "главный эксперт Департамента социального страхования", "l.erzhanova@enbek-mtszn.gov.kz", "+77172742215"))
rows = [HDR_RU, NUMS,
        ["1", "01303019", "Назначение социальной выплаты на случай потери работы", "Правила оказания государственной услуги «Назначение социальной выплаты на случай потери работы», утвержденные приказом Заместителя Премьер-Министра –", "нет", "Приказ Министра труда и социальной защиты населения Республики Казахстан от 30 июня 2026 года № 244", "www.enbek.gov.kz", "Ержанова Ляззат Бахытовна, главный эксперт"],
        ["", "", "", "Министра труда и социальной защиты населения Республики Казахстан от 25 мая 2023 года № 181", "", "«О внесении изменений в приказ от 25 мая 2023 года № 181»", "", "Департамента социального страхования, +7 (7172) 74-22-15, l.erzhanova@enbek-mtszn.gov.kz"],
        ["2", "01303022", "Назначение социальной выплаты на случай потери кормильца", "Правила оказания государственной услуги «Назначение социальной выплаты на случай потери кормильца», утвержденные приказом Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 25 мая 2023 года № 181", "нет", "нет", "www.enbek.gov.kz", "Ержанова Ляззат Бахытовна, главный эксперт Департамента социального страхования, +7 (7172) 74-22-15, l.erzhanova@enbek-mtszn.gov.kz"]]
w = [28, 75, 85, 140, 75, 115, 88, 160]
write(n, pdf_bytes([("p", "Приложение к письму № 13-2/7716-И от 09.12.2026"), ("t", rows, {"widths": w}),
                    ("p", "Ф.И.О. ответственного исполнителя: Нұрғалиева Айжан Маратовна"), ("p", "Дата: «09» декабря 2026 г.")], land=True))
keys(n, [{"part": n, "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
          "executor": {"full_name": "Нұрғалиева Айжан Маратовна", "date": "2026-12-09"}}],
     C("mtszn", [("01303019", "Назначение социальной выплаты на случай потери работы"), ("01303022", "Назначение социальной выплаты на случай потери кормильца")],
       "information", ("ЕКЦ-2026/4460", "2026-12-02", "Запрос о предоставлении информации"), "record both services", True))
M(n, "appendix1_form", "ru", "pdf", "first service's row is continued on the next table row with empty №/registry cells; 'нет' → null")

# F5 — ЕСЭДО notification mail, form attached as docx
n = "msg-55210.eml"
s = svc("00201045", "Регистрация по месту жительства граждан Республики Казахстан",
        "Правила оказания государственной услуги «Регистрация по месту жительства граждан Республики Казахстан», утвержденные приказом Министра внутренних дел Республики Казахстан от 30 марта 2020 года № 267",
        None, None, "https://www.gov.kz/memleket/entities/qriim",
        resp("Сыздыков Арман Болатович", "старший инспектор Управления миграционной службы", "a.syzdykov@mvd-rk.gov.kz", "+77172714408"))
rows = [HDR_RU, ["1", "00201045", s["service_name"], s["standard"], "—", "—", "https://www.gov.kz/memleket/entities/qriim",
                 "Сыздыков Арман Болатович – старший инспектор Управления миграционной службы (тел. +7 7172 71-44-08; a.syzdykov@mvd-rk.gov.kz)"]]
att = docx_bytes([("p", "Приложение 1"), ("t", rows), ("p", "Исполнитель: Омарова С.Н."), ("p", "Дата: 07.12.2026")], landscape_=True)
body = """Уважаемый пользователь!

В системе ЕСЭДО на Ваш адрес поступил исходящий документ.

Отправитель: Министерство внутренних дел Республики Казахстан
Рег. номер: 7-1-12/Т-4471
Дата регистрации: 07.12.2026
Краткое содержание: О предоставлении информации (на исх. ЕКЦ-2026/4402)
Количество листов: 2

Электронная копия документа во вложении. Подлинник подписан ЭЦП и доступен в системе.

Данное сообщение сформировано автоматически, отвечать на него не нужно.
--
ЕСЭДО / notify"""
eml(n, "ESEDO notify <noreply@esedo.gov.kz>", "ekc@ekc.gov.kz", "ЕСЭДО: поступил документ 7-1-12/Т-4471 от 07.12.2026", "Mon, 07 Dec 2026 11:42:08 +0600",
    body=body, attachments=[("7-1-12_Т-4471_pril.docx", att, DOCX_T)])
keys(n, [{"part": "7-1-12_Т-4471_pril.docx", "kind": "appendix1_form", "language": "ru", "services": [s],
          "executor": {"full_name": "Омарова С.Н.", "date": "2026-12-07"}}],
     C("mvd", [("00201045", "Регистрация по месту жительства граждан Республики Казахстан")], "information",
       ("ЕКЦ-2026/4402", "2026-11-26", "О предоставлении информации"), "record the service from the attached form", True))
M(n, "appendix1_form", "ru", "eml+docx", "e-document system notification body, the form is only in the attachment (Cyrillic file name)")

# F6 — plain-text export from an e-document system, form as tab-separated lines
n = "export_doc_88412.txt"
s = svc("01502007", "Выдача разрешения на строительство объектов",
        "Правила оказания государственной услуги «Выдача разрешения на строительство объектов», утвержденные приказом Министра индустрии и инфраструктурного развития Республики Казахстан от 30 апреля 2020 года № 243",
        "Постановление акимата города Алматы от 12 августа 2021 года № 3/402", None, "almaty.gov.kz",
        resp("Ким Виктория Андреевна", "главный специалист отдела разрешительных документов", "v.kim@almaty-akimat.gov.kz", "+77272710362"))
txt = ("=== ЭКСПОРТ ДОКУМЕНТА ===\nВх./Исх.: Исх. № 02-07/8841 от 08.12.2026\nКорреспондент: Единый контакт-центр\nВложение: Приложение 1 (таблица)\n\n"
       "№\t№ в реестре\tНаименование\tСтандарт\tРегламент\tИзменения НПА\tИнтернет-ресурс\tОтветственное лицо\n"
       "1\t2\t3\t4\t5\t6\t7\t8\n"
       "1\t01502007\tВыдача разрешения на строительство объектов\t" + s["standard"] + "\tПостановление акимата города Алматы от 12 августа 2021 года № 3/402\t-\talmaty.gov.kz\tКим Виктория Андреевна, главный специалист отдела разрешительных документов, 8 (727) 271-03-62, v.kim@almaty-akimat.gov.kz\n\n"
       "Ф.И.О. ответственного исполнителя: Бекова Маржан\nДата: 08.12.2026\n=== КОНЕЦ ЭКСПОРТА ===\n")
s["responsible"]["phone"] = "87272710362"
write(n, txt)
keys(n, [{"part": n, "kind": "appendix1_form", "language": "ru", "services": [s], "executor": {"full_name": "Бекова Маржан", "date": "2026-12-08"}}],
     C("almaty_arh", [("01502007", "Выдача разрешения на строительство объектов")], "information", ("ЕКЦ-2026/4470", "2026-12-03", "Запрос информации по государственной услуге"), "record the service", True))
M(n, "appendix1_form", "ru", "txt", "plain-text export with tab-separated table and system header/footer lines")

# F7 — xlsx, column 8 with position labels and phone extension; columns 7/8 as separate labelled lines
n = "forma_EKC_KGD.xlsx"
s1 = svc("00401061", "Регистрационный учет плательщика налога на добавленную стоимость",
         "Правила оказания государственной услуги «Регистрационный учет плательщика налога на добавленную стоимость», утвержденные приказом Министра финансов Республики Казахстан от 10 июля 2020 года № 665",
         None, "Приказ Министра финансов Республики Казахстан от 2 октября 2026 года № 561", "kgd.gov.kz",
         resp("Сапарбекова Гульмира Кайратовна", "главный эксперт Управления регистрационного учета", "g.saparbekova@kgd-minfin.gov.kz", "+77172712688"))
s2 = svc("00401070", "Выдача справки об отсутствии (наличии) налоговой задолженности",
         "Правила оказания государственной услуги «Выдача справки об отсутствии (наличии) налоговой задолженности», утвержденные приказом Министра финансов Республики Казахстан от 10 июля 2020 года № 665",
         None, None, "kgd.gov.kz", resp("Оспанов Даурен Ерикович", "эксперт Управления администрирования", "d.ospanov@kgd-minfin.gov.kz", "+77172712690"))
c8a = "ФИО: Сапарбекова Гульмира Кайратовна\nДолжность: главный эксперт Управления регистрационного учета\nТел.: +7 (7172) 71-26-88 (вн. 3114)\nE-mail: G.Saparbekova@kgd-minfin.gov.kz"
c8b = "ФИО: Оспанов Даурен Ерикович\nДолжность: эксперт Управления администрирования\nТел.: +7 (7172) 71-26-90, вн. 3120\nE-mail: d.ospanov@kgd-minfin.gov.kz"
rows = [["Запрос о предоставлении информации о государственной услуге"], HDR_RU,
        [1, "00401061", s1["service_name"], s1["standard"], "отсутствует", s1["npa_changes"], "kgd.gov.kz", c8a],
        [2, "00401070", s2["service_name"], s2["standard"], "отсутствует", "отсутствуют", "kgd.gov.kz", c8b],
        [], ["Ф.И.О. ответственного исполнителя: Жанабаев Руслан Маратович"], ["Дата: «4» декабря 2026 г."]]
write(n, xlsx_bytes([("ЕКЦ", rows, ["A1:H1"], {"C": 30, "D": 45, "F": 30, "H": 45})]))
keys(n, [{"part": n, "kind": "appendix1_form", "language": "ru", "services": [s1, s2], "executor": {"full_name": "Жанабаев Руслан Маратович", "date": "2026-12-04"}}],
     C("kgd", [("00401061", "Регистрационный учет плательщика НДС"), ("00401070", "Выдача справки об отсутствии (наличии) налоговой задолженности")],
       "information", ("ЕКЦ-2026/4390", "2026-11-25", "О предоставлении информации по Приложению 1"), "record both services", True))
M(n, "appendix1_form", "ru", "xlsx", "column 8 with 'ФИО:/Должность:/Тел.:/E-mail:' labels; phone with internal extension (key: main number only); upper-case e-mail")

# F8 — docx form with 'то же' repeats and merged header over two rows
n = "Исх_15-3_2204.docx"
nm = ["Выдача лицензии на медицинскую деятельность", "Переоформление лицензии на медицинскую деятельность", "Выдача дубликата лицензии на медицинскую деятельность"]
rg = ["01101003", "01101004", "01101005"]
stdm = "Правила оказания государственной услуги «{}», утвержденные приказом Министра здравоохранения Республики Казахстан от 30 ноября 2020 года № ҚР ДСМ-220/2020"
rz = resp("Абенова Сауле Нуралиевна", "главный эксперт Департамента лицензирования", "s.abenova@dsm-mz.gov.kz", "87172700951")
sv = [svc(rg[i], nm[i], stdm.format(nm[i]), None, "Приказ Министра здравоохранения Республики Казахстан от 11 августа 2026 года № ҚР ДСМ-88", "www.gov.kz/memleket/entities/dsm", rz) for i in range(3)]
rows = [["№ п/п", "№ услуги в реестре", "Наименование услуги", "Реквизиты", None, "Изменения НПА", "Интернет-ресурс", "Ответственное лицо"],
        [None, None, None, "Стандарт", "Регламент", None, None, None],
        ["1", rg[0], nm[0], stdm.format(nm[0]), "не утверждается", "Приказ Министра здравоохранения Республики Казахстан от 11 августа 2026 года № ҚР ДСМ-88", "www.gov.kz/memleket/entities/dsm", "Абенова Сауле Нуралиевна, главный эксперт Департамента лицензирования, 8 7172 70 09 51, s.abenova@dsm-mz.gov.kz"],
        ["2", rg[1], nm[1], stdm.format(nm[1]), "то же", "то же", "то же", "то же"],
        ["3", rg[2], nm[2], stdm.format(nm[2]), "то же", "то же", "то же", "то же"]]
write(n, docx_bytes([("p", "Министерство здравоохранения Республики Казахстан\nИсх. № 15-3/2204 от 03.12.2026"), ("p", "Информация о государственных услугах"),
                     ("t", rows, {"merge": [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7)]}),
                     ("p", "Ф.И.О. ответственного исполнителя: Тулегенова Айгерим Сериковна   Дата: 03.12.2026")], landscape_=True))
keys(n, [{"part": n, "kind": "appendix1_form", "language": "ru", "services": sv, "executor": {"full_name": "Тулегенова Айгерим Сериковна", "date": "2026-12-03"}}],
     C("mz", list(zip(rg, nm)), "information", ("ЕКЦ-2026/4387", "2026-11-25", "Запрос информации о государственных услугах"), "record three licensing services", True))
M(n, "appendix1_form", "ru", "docx", "header split over two rows with vertical merges and 'Реквизиты' spanning standard/regulation; 'то же' repeats; 'не утверждается' regulation → null; executor and date on one line")

# F9 — HTML-only Outlook mail, the form as an HTML table in the body, windows-1251
n = "RE_zapros_4433.eml"
s = svc("00604011", "Выдача разрешения на использование ортофотоплана",
        "Правила оказания государственной услуги «Выдача разрешения на использование ортофотоплана», утвержденные приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 31 марта 2021 года № 104/НҚ",
        None, None, "https://www.gov.kz/memleket/entities/mdai", resp("Есімов Нұрсұлтан Қайратұлы", "главный эксперт Аэрокосмического комитета", "n.esimov@mdai-rk.gov.kz", "+77172749520"))
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<p class=MsoNormal>Добрый день!<o:p></o:p></p><p class=MsoNormal>Направляем информацию по запросу № ЕКЦ-2026/4433.<o:p></o:p></p>
<table border=1 cellspacing=0 cellpadding=2>
<tr><td><b>№</b></td><td><b>№ ГУ в реестре</b></td><td><b>Наименование ГУ</b></td><td><b>Стандарт ГУ</b></td><td><b>Регламент ГУ</b></td><td><b>Изменения НПА</b></td><td><b>Интернет-ресурс</b></td><td><b>ФИО, должность ответственного лица</b></td></tr>
<tr><td>1</td><td>00604011</td><td>Выдача разрешения на использование ортофотоплана</td><td>Правила оказания государственной услуги &laquo;Выдача разрешения на использование ортофотоплана&raquo;, утвержденные приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 31 марта 2021 года № 104/НҚ</td><td>&nbsp;</td><td>&nbsp;</td><td><a href="https://www.gov.kz/memleket/entities/mdai">https://www.gov.kz/memleket/entities/mdai</a></td><td>Есімов Нұрсұлтан Қайратұлы, главный эксперт Аэрокосмического комитета<br>+7 7172 74 95 20<br><a href="mailto:n.esimov@mdai-rk.gov.kz">n.esimov@mdai-rk.gov.kz</a></td></tr>
</table>
<p class=MsoNormal>Исполнитель: Жақсылықова Ақмарал, 05.12.2026<o:p></o:p></p>
<p class=MsoNormal>С уважением,<br>Аэрокосмический комитет МЦРИАП РК<o:p></o:p></p></body></html>"""
eml(n, "=?utf-8?b?0JDQutC80LDRgNCw0Lsg0JbQsNC60YHRi9C70YvQutC+0LLQsA==?= <a.zhaksylykova@mdai-rk.gov.kz>", "ekc@ekc.gov.kz", "RE: Запрос ЕКЦ-2026/4433", "Sat, 05 Dec 2026 16:03:51 +0500",
    html=html.replace("Есімов Нұрсұлтан Қайратұлы", "Есімов Нұрсұлтан Қайратұлы").replace("Жақсылықова Ақмарал", "Жаксылыкова Акмарал").replace("Есімов Нұрсұлтан Қайратұлы", "Есимов Нурсултан Кайратулы").replace("НҚ", "НК"),
    charset="windows-1251", cte="quoted-printable")
s["responsible"]["full_name"] = "Есимов Нурсултан Кайратулы"; s["standard"] = s["standard"].replace("НҚ", "НК")
keys(n, [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [s], "executor": {"full_name": "Жаксылыкова Акмарал", "date": "2026-12-05"}}],
     C("mcriap", [("00604011", "Выдача разрешения на использование ортофотоплана")], "information", ("ЕКЦ-2026/4433", "2026-11-30", "Запрос информации"), "record the service from the HTML table", True))
M(n, "appendix1_form", "ru", "eml html-only cp1251 QP", "Outlook HTML-only body holding the table; names transliterated without Kazakh letters to fit cp1251")

# F10 — PDF Kazakh form, one service, header with line breaks and footnote marks
n = "zhauap_1207.pdf"
s = svc("00504002", "Кәсіпкерлік субъектілерінің бизнес-жобаларына мемлекеттік гранттар беру",
        "«Кәсіпкерлік субъектілерінің бизнес-жобаларына мемлекеттік гранттар беру» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Ұлттық экономика министрінің 2022 жылғы 24 ақпандағы № 17 бұйрығымен бекітілген",
        "Қызылорда облысы әкімдігінің 2022 жылғы 5 мамырдағы № 611 қаулысы", None, "kyzylorda.gov.kz/kasipker",
        resp("Әлімбетов Серік Жанұзақұлы", "кәсіпкерлікті қолдау бөлімінің басшысы", "s.alimbetov@kyzylorda-obl.gov.kz", "+77242401577"))
hk = [h.replace(" ", "\n", 2) + ("*" if i == 4 else "") for i, h in enumerate(HDR_KK)]
rows = [hk, ["1", "00504002", s["service_name"], s["standard"], s["regulation"], "–", "kyzylorda.gov.kz/kasipker",
             "Әлімбетов Серік Жанұзақұлы\nкәсіпкерлікті қолдау бөлімінің басшысы\nтел.: +7 (7242) 40-15-77\nэл. пошта: s.alimbetov@kyzylorda-obl.gov.kz"]]
write(n, pdf_bytes([("p", "1-қосымша"), ("p", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу"), ("t", rows, {"widths": [30, 55, 90, 150, 100, 60, 70, 150]}),
                    ("p", "* облыс әкімдігінің қаулысы"), ("p", "Жауапты орындаушының Т.А.Ә.: Дүйсенова Ләззат Тұрсынқызы"), ("p", "Күні: «07» желтоқсан 2026 ж.")], land=True))
keys(n, [{"part": n, "kind": "appendix1_form", "language": "kk", "services": [s], "executor": {"full_name": "Дүйсенова Ләззат Тұрсынқызы", "date": "2026-12-07"}}],
     C("kzo_ap", [("00504002", "Предоставление государственных грантов на бизнес-проекты")], "information", ("ЕКЦ-2026/4455", "2026-12-01", "Ақпарат беру туралы сұрау салу"), "record the service", True))
M(n, "appendix1_form", "kk", "pdf", "Kazakh PDF, header cells with line breaks and a footnote mark, column 8 in four lines")

# F11 — xlsx transposed with two services as columns
n = "Книга1.xlsx"
nm = ["Субсидирование стоимости услуг по подаче воды сельскохозяйственным товаропроизводителям", "Субсидирование развития семеноводства"]
s1 = svc("00909021", nm[0], "Правила субсидирования стоимости услуг по подаче воды сельскохозяйственным товаропроизводителям, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 30 марта 2020 года № 105",
         None, None, "www.gov.kz/memleket/entities/moa", resp("Ахметжанов Ерлан Сейтказиевич", "главный эксперт Департамента водного хозяйства", "e.akhmetzhanov@minagri-rk.gov.kz", "+77172555204"))
s2 = svc("00909030", nm[1], "Правила субсидирования развития семеноводства, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 30 марта 2020 года № 107",
         None, "Приказ Министра сельского хозяйства Республики Казахстан от 20 ноября 2026 года № 402", "www.gov.kz/memleket/entities/moa",
         resp("Қуанышбаева Мөлдір", "эксперт Департамента земледелия", "m.kuanyshbayeva@minagri-rk.gov.kz", "+77172555218"))
rows = [["Графа", "Наименование графы", "Услуга 1", "Услуга 2"],
        [2, "№ государственной услуги в реестре", "00909021", "00909030"],
        [3, "Наименование государственной услуги", nm[0], nm[1]],
        [4, "Стандарт государственной услуги (реквизиты)", s1["standard"], s2["standard"]],
        [5, "Регламент государственной услуги (реквизиты)", None, None],
        [6, "Изменения НПА", None, s2["npa_changes"]],
        [7, "Интернет-ресурс", "www.gov.kz/memleket/entities/moa", "www.gov.kz/memleket/entities/moa"],
        [8, "Ф.И.О., должность ответственного лица", "Ахметжанов Ерлан Сейтказиевич, главный эксперт Департамента водного хозяйства, +7 (7172) 55-52-04, e.akhmetzhanov@minagri-rk.gov.kz",
         "Қуанышбаева Мөлдір, эксперт Департамента земледелия, +7 (7172) 55-52-18, m.kuanyshbayeva@minagri-rk.gov.kz"],
        [], [None, "Исполнитель", "Ахметжанов Е.С.", None], [None, "Дата", "2026-12-06", None]]
write(n, xlsx_bytes([("Лист1", rows, [], {"B": 35, "C": 50, "D": 50})]))
keys(n, [{"part": n, "kind": "appendix1_form", "language": "ru", "services": [s1, s2], "executor": {"full_name": "Ахметжанов Е.С.", "date": "2026-12-06"}}],
     C("msh", list(zip(["00909021", "00909030"], nm)), "information", ("ЕКЦ-2026/4440", "2026-11-30", "Запрос информации по субсидиям"), "record both services", True))
M(n, "appendix1_form", "ru", "xlsx", "transposed table with services as columns; empty regulation cells; person without patronymic")

# F12 — covering mail (koi8-r) + docx form with bilingual header cells in each column
n = "Fwd_forma.eml"
nm = "Мектепке дейінгі балалар ұйымдарына жолдама беру"
s1 = svc("00308003", nm, "«Мектепке дейінгі балалар ұйымдарына жолдама беру» мемлекеттік көрсетілетін қызмет қағидалары, ҚР Оқу-ағарту министрінің 2024 жылғы 31 тамыздағы № 218 бұйрығымен бекітілген",
         None, None, "turkistan.gov.kz/bilim", resp("Оразбаева Гүлжан Әбдіқадырқызы", "мектепке дейінгі білім беру бөлімінің бас маманы", "g.orazbaeva@turkistan-obl.gov.kz", "87253356120"))
s2 = svc("00308011", "Бастауыш, негізгі орта, жалпы орта білім беру ұйымдарына құжаттарды қабылдау",
         "«Бастауыш, негізгі орта, жалпы орта білім беру ұйымдарына құжаттарды қабылдау» мемлекеттік көрсетілетін қызмет қағидалары, ҚР Оқу-ағарту министрінің 2024 жылғы 31 тамыздағы № 218 бұйрығымен бекітілген",
         None, "ҚР Оқу-ағарту министрінің 2026 жылғы 2 қазандағы № 305 бұйрығы", "turkistan.gov.kz/bilim",
         resp("Оразбаева Гүлжан Әбдіқадырқызы", "мектепке дейінгі білім беру бөлімінің бас маманы", "g.orazbaeva@turkistan-obl.gov.kz", "87253356120"))
hdr = [HDR_KK[i] + " / " + HDR_RU[i] for i in range(8)]
c8 = "Оразбаева Гүлжан Әбдіқадырқызы, мектепке дейінгі білім беру бөлімінің бас маманы, 8-725-33-56-120, g.orazbaeva@turkistan-obl.gov.kz"
att = docx_bytes([("t", [hdr, NUMS, ["1", "00308003", nm, s1["standard"], "жоқ", "жоқ", "turkistan.gov.kz/bilim", c8],
                         ["2", "00308011", s2["service_name"], s2["standard"], "жоқ", s2["npa_changes"], "turkistan.gov.kz/bilim", c8]]),
                  ("p", "Орындаушы: Оразбаева Г.Ә."), ("p", "Күні: 02.12.2026")], landscape_=True)
body = """Салеметсиз бе!
Здравствуйте, пересылаю форму, которая ушла вчера на неверный адрес.

-------- Пересылаемое сообщение --------
От: Оразбаева Гульжан <g.orazbaeva@turkistan-obl.gov.kz>
Дата: 02.12.2026 17:44
Тема: ЕКЦ сурауына жауап / ответ на запрос ЕКЦ-2026/4381

Ақпарат қоса беріліп отыр.

--
Туркестанская область, управление образования
"""
s1["responsible"]["phone"] = s2["responsible"]["phone"] = "87253356120"
eml(n, "Bilim Turkistan <bilim@turkistan-obl.gov.kz>", "ekc@ekc.gov.kz", "Fwd: ЕКЦ сұрауына жауап / ответ на запрос ЕКЦ-2026/4381", "Thu, 03 Dec 2026 09:12:40 +0500",
    body=body.replace("Ақпарат қоса беріліп отыр.", "Акпарат косымшада."), charset="koi8-r", attachments=[("forma_2026.docx", att, DOCX_T)])
keys(n, [{"part": "forma_2026.docx", "kind": "appendix1_form", "language": "kk", "services": [s1, s2], "executor": {"full_name": "Оразбаева Г.Ә.", "date": "2026-12-02"}}],
     C("turk_bilim", [("00308003", "Направление в дошкольные организации"), ("00308011", "Прием документов в организации образования")], "information",
       ("ЕКЦ-2026/4381", "2026-11-24", "Запрос информации о государственных услугах"), "record both services from the forwarded form", True))
M(n, "appendix1_form", "kk", "eml koi8-r + docx", "forwarded message; bilingual header cells 'kk / ru'; phone written 8-725-33-56-120")

# =====================================================================
# CHANGE NOTICES (p.6)
# =====================================================================

# C1 — Kazakh letter in the mail body: new rules (standard) for one service
n = "msg-60117.eml"
body = """Бірыңғай байланыс орталығының басшысына

Облыс әкімдігінің ветеринария басқармасы «Жануарларға ветеринариялық паспорт беру» (тізілімдегі № 00905007) мемлекеттік көрсетілетін қызметі бойынша бұрын ұсынылған ақпаратқа өзгеріс енгізілгенін хабарлайды.

2026 жылғы 1 желтоқсаннан бастап қызмет жаңа қағидаларға сәйкес көрсетіледі:
Стандарт: «Жануарларға ветеринариялық паспорт беру» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 14 қарашадағы № 377 бұйрығымен бекітілген.

Қалған мәліметтер (интернет-ресурс, жауапты тұлға) өзгеріссіз қалады.

Құрметпен,
бас маман С. Байжанова
тел. 8 (7222) 56-44-18
"""
eml(n, "Салтанат Байжанова <s.baizhanova@abai-obl.gov.kz>", "ekc@ekc.gov.kz", "Ақпаратты өзектендіру / 00905007", "Fri, 04 Dec 2026 10:20:00 +0500", body=body, cte="base64")
keys(n, [{"part": "body", "kind": "change_notice", "language": "kk", "change_date": "2026-12-01",
          "services": [{"registry_number": "00905007", "standard": "«Жануарларға ветеринариялық паспорт беру» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 14 қарашадағы № 377 бұйрығымен бекітілген",
                        "regulation": None, "npa_changes": None, "website": None}]}],
     C("abai_vet", [("00905007", "Выдача ветеринарного паспорта на животное")], "consulting", None, "update the standard of 00905007 in the database", True))
M(n, "change_notice", "kk", "eml utf-8 base64", "Kazakh change notice; change date in Kazakh words; 'Стандарт:' labelled line")

# C2 — revised Appendix 1 table in docx, only website changed, marked in a letter
n = "Исх_02-07_9032.docx"
write(n, docx_bytes([("p", "Управление архитектуры и градостроительства города Алматы"), ("p", "Исх. № 02-07/9032 от 10.12.2026"),
    ("p", "Руководителю Единого контакт-центра"),
    ("p", "В связи с переходом интернет-ресурсов местных исполнительных органов на единую платформу сообщаем, что с 7 декабря 2026 года информация о государственной услуге «Выдача разрешения на строительство объектов» (№ 01502007 в реестре) размещается по новому адресу. Прочие сведения, представленные письмом № 02-07/8841 от 08.12.2026, не изменились."),
    ("t", [["№ в реестре", "Графа", "Было", "Стало"], ["01502007", "7. Интернет-ресурс", "almaty.gov.kz", "https://www.gov.kz/memleket/entities/almaty-sauletqurylys"]]),
    ("p", "Руководитель управления                                  Д. Сейткали"), ("p", "Исп.: Бекова М., 8 (727) 271-03-60")]))
keys(n, [{"part": n, "kind": "change_notice", "language": "ru", "change_date": "2026-12-07",
          "services": [{"registry_number": "01502007", "website": "https://www.gov.kz/memleket/entities/almaty-sauletqurylys", "standard": None, "regulation": None, "npa_changes": None}]}],
     C("almaty_arh", [("01502007", "Выдача разрешения на строительство объектов")], "consulting", None, "replace the web address of 01502007", True))
M(n, "change_notice", "ru", "docx", "was/became table: the old address must not be taken as the new value")

# C3 — plain-text export: regulations and act changes for two services
n = "doc_export_9917.txt"
txt = """Документ: Исходящее письмо
Регистрационный номер: 13-2/8120-И
Дата регистрации: 11.12.2026
Адресат: РГП «Единый контакт-центр»
Подписант: Вице-министр труда и социальной защиты населения РК
---------------------------------------------------------------
Об актуализации сведений

Министерство труда и социальной защиты населения Республики Казахстан в соответствии с пунктом 6 Правил взаимодействия сообщает об изменениях в сведениях по государственным услугам.

По услуге № 01303019 «Назначение социальной выплаты на случай потери работы» и по услуге № 01303022 «Назначение социальной выплаты на случай потери кормильца» в графе 6 «Изменения нормативных правовых актов» следует указать:
приказ Министра труда и социальной защиты населения Республики Казахстан от 4 декабря 2026 года № 471 «О внесении изменений в приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 25 мая 2023 года № 181».

Приказ вступает в силу с 1 января 2027 года.

Исп. Нұрғалиева А.М., 74-22-18
---------------------------------------------------------------
Документ подписан ЭЦП. Выгружено из ИС ЕСЭДО 11.12.2026 15:02
"""
write(n, txt)
npa = "приказ Министра труда и социальной защиты населения Республики Казахстан от 4 декабря 2026 года № 471 «О внесении изменений в приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения Республики Казахстан от 25 мая 2023 года № 181»"
keys(n, [{"part": n, "kind": "change_notice", "language": "ru",
          "services": [{"registry_number": "01303019", "npa_changes": npa, "standard": None, "website": None},
                       {"registry_number": "01303022", "npa_changes": npa, "standard": None, "website": None}]}],
     C("mtszn", [("01303019", "Назначение социальной выплаты на случай потери работы"), ("01303022", "Назначение социальной выплаты на случай потери кормильца")], "consulting", None,
       "record the amending order for both services", True))
M(n, "change_notice", "ru", "txt", "e-document export with metadata header; one change for two services; the act's own start date (2027-01-01) is not the date the information changed — change_date left out")

# C4 — bilingual mail, multipart alternative, regulation cancelled and standard replaced
n = "izmeneniya_0811.eml"
std_new = "Правила оказания государственной услуги «Выдача справки об отсутствии (наличии) налоговой задолженности», утвержденные приказом Министра финансов Республики Казахстан от 25 ноября 2026 года № 690"
plain = """Құрметті әріптестер!
Уважаемые коллеги!

Мемлекеттік кірістер комитеті № 00401070 қызмет бойынша мәліметтердің өзгергенін хабарлайды.
Комитет государственных доходов сообщает об изменении сведений по услуге № 00401070 «Выдача справки об отсутствии (наличии) налоговой задолженности»:

графа 4 (стандарт): """ + std_new + """;
дата изменения: 25.11.2026.

Остальные графы без изменений.

Оспанов Д.Е., эксперт Управления администрирования
+7 (7172) 71-26-90
"""
html = "<div>" + plain.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div>"
eml(n, "Ospanov Dauren <d.ospanov@kgd-minfin.gov.kz>", "EKC <ekc@ekc.gov.kz>", "Өзгерістер / Изменения по 00401070", "Tue, 08 Dec 2026 12:31:17 +0500",
    body=plain, html=html, cte="quoted-printable")
keys(n, [{"part": "body", "kind": "change_notice", "change_date": "2026-11-25",
          "services": [{"registry_number": "00401070", "standard": std_new, "npa_changes": None, "website": None}]}],
     C("kgd", [("00401070", "Выдача справки об отсутствии (наличии) налоговой задолженности")], "consulting", None, "update the standard of 00401070", True))
M(n, "change_notice", "kk+ru", "eml multipart/alternative QP", "bilingual greeting and lead; change late relative to p.6 (more than five days)")

# C5 — PDF letter, Kazakh, website change for three services in a list
n = "hat_12-04.pdf"
web = "https://www.gov.kz/memleket/entities/dsm/activities/litsenziya"
write(n, pdf_bytes([("p", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ДЕНСАУЛЫҚ САҚТАУ МИНИСТРЛІГІ"), ("p", "2026 жылғы 12 желтоқсан № 15-3/2390"),
    ("p", "«Бірыңғай байланыс орталығы» РМК"),
    ("p", "Қағидалардың 6-тармағына сәйкес Министрлік төмендегі мемлекеттік көрсетілетін қызметтер туралы ақпарат орналастырылған интернет-ресурстың мекенжайы 2026 жылғы 9 желтоқсаннан бастап өзгергенін хабарлайды:"),
    ("p", "1) 01101003 – Медициналық қызметке лицензия беру;\n2) 01101004 – Медициналық қызметке лицензияны қайта ресімдеу;\n3) 01101005 – Медициналық қызметке лицензияның телнұсқасын беру."),
    ("p", "Жаңа мекенжай: " + web),
    ("p", "Департамент директоры                    А. Құрманғалиева"), ("p", "Орынд.: Тулегенова А.С., 8 (7172) 70-09-55")]))
keys(n, [{"part": n, "kind": "change_notice", "language": "kk", "change_date": "2026-12-09",
          "services": [{"registry_number": r, "website": web, "standard": None, "regulation": None, "npa_changes": None} for r in ["01101003", "01101004", "01101005"]]}],
     C("mz", [("01101003", "Выдача лицензии на медицинскую деятельность"), ("01101004", "Переоформление лицензии"), ("01101005", "Выдача дубликата лицензии")], "consulting", None,
       "update the web address for three services", True))
M(n, "change_notice", "kk", "pdf", "Kazakh PDF letter; one new address applied to three services listed in a numbered list")

# =====================================================================
# APPOINTMENTS (p.5) and RESPONSIBLE CHANGES (p.7)
# =====================================================================

def rc(part, lang, new, prev=None, eff=None, regs=None):
    new = {k: v for k, v in new.items() if v is not None}   # unkeyed when unsure
    d = {"part": part, "kind": "responsible_change", "responsible": new, "previous_responsible": prev}
    if lang: d["language"] = lang
    if eff is not None: d["effective_date"] = eff
    if regs is not None: d["services"] = [{"registry_number": r} for r in regs]
    return d

# A1 — appointment, name only in the dative ("поручено ... Сейткалиевой ...")
n = "otvet_4501.txt"
write(n, """Исх. № 05-14/3318 от 08.12.2026

Руководителю РГП «Единый контакт-центр»

На Ваш запрос от 04.12.2026 № ЕКЦ-2026/4501 сообщаем, что представление информации по государственной услуге «Выдача лицензии на осуществление деятельности по перевозке опасных грузов» (№ 00302040 в реестре) в Единый контакт-центр и проведение обучения поручено главному специалисту отдела транспортного контроля Сейткалиевой Айнур Бекболатовне (тел. 8 (7282) 41-05-77, e-mail: a.seitkaliyeva@zhetisu-obl.gov.kz).

Руководитель управления                         Т. Мамырбеков
""")
keys(n, [rc(n, "ru", resp("Сейткалиева Айнур Бекболатовна", None, "a.seitkaliyeva@zhetisu-obl.gov.kz", "87282410577"), None, None, ["00302040"])],
     C("zhetisu_zhol", [("00302040", "Выдача лицензии на перевозку опасных грузов")], "appointment", ("ЕКЦ-2026/4501", "2026-12-04", "О назначении ответственного лица"), "set the responsible person for 00302040", True))
M(n, "responsible_change (appointment)", "ru", "txt", "name only in the dative (Сейткалиевой Айнур Бекболатовне)")

# A2 — appointment in Kazakh, name in the dative (-ға/-қа)
n = "Шығ_07-211.docx"
write(n, docx_bytes([("p", "Шет ауданы әкімінің аппараты"), ("p", "2026 жылғы 9 желтоқсан № 07-211"), ("p", "Бірыңғай байланыс орталығына"),
    ("p", "Сіздің 2026 жылғы 3 желтоқсандағы № ЕКЦ-2026/4488 хатыңызға сәйкес «Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру» (тізілімдегі № 00806015) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат беру және оқыту өткізу міндеті әкім аппаратының бас маманы Тұрғанбаев Ерназар Қанатұлына жүктелді."),
    ("p", "Байланыс: 8 (71031) 2-14-55, ernazar.t@karaganda-obl.gov.kz"),
    ("p", "Аппарат басшысы                           Ж. Нұрпейісова")]))
keys(n, [rc(n, "kk", resp("Тұрғанбаев Ерназар Қанатұлы", "әкім аппаратының бас маманы", "ernazar.t@karaganda-obl.gov.kz", "87103121455"), None, None, ["00806015"])],
     C("karag_akim", [("00806015", "Выдача справки о наличии личного подсобного хозяйства")], "appointment", ("ЕКЦ-2026/4488", "2026-12-03", "Жауапты тұлғаны тағайындау туралы"), "set the responsible person", True))
M(n, "responsible_change (appointment)", "kk", "docx", "Kazakh dative ending on the patronymic (Қанатұлына); phone with a district code")

# A3 — appointment, name in the genitive ("в лице ...") — Outlook HTML-only
n = "RE_ЕКЦ-2026-4477.eml"
html = """<html><body><div style="font-family:Calibri">Добрый день, коллеги.<br><br>
Сообщаем, что ответственным за взаимодействие с ЕКЦ по услуге 00201045 определено Управление миграционной службы <b>в лице старшего инспектора майора полиции Жолдасбековой Индиры Нурлановны</b>.<br>
Контакты: тел. +7 (7172) 71-44-12, почта i.zholdasbekova@mvd-rk.gov.kz<br><br>
<hr><p style="font-size:9pt;color:gray">Осы хат және оның қосымшалары құпия ақпаратты қамтуы мүмкін. Настоящее сообщение может содержать конфиденциальную информацию.</p>
<div style="border-top:1px solid #ccc">From: ekc@ekc.gov.kz<br>Sent: 01.12.2026<br>Subject: ЕКЦ-2026/4477 О назначении ответственного лица<br>Просим назначить ответственное лицо по услуге 00201045...</div></div></body></html>"""
eml(n, "Omarova Saule <s.omarova@mvd-rk.gov.kz>", "ekc@ekc.gov.kz", "RE: ЕКЦ-2026/4477 О назначении ответственного лица", "Wed, 02 Dec 2026 18:05:33 +0500", html=html)
keys(n, [rc("body", "ru", resp("Жолдасбекова Индира Нурлановна", None, "i.zholdasbekova@mvd-rk.gov.kz", "+77172714412"), None, None, ["00201045"])],
     C("mvd", [("00201045", "Регистрация по месту жительства")], "appointment", ("ЕКЦ-2026/4477", "2026-12-01", "О назначении ответственного лица"), "set the responsible person", True))
M(n, "responsible_change (appointment)", "ru", "eml html-only", "name only in the genitive (в лице ... Жолдасбековой Индиры Нурлановны); rank words next to the position (position left unkeyed); quoted request below")

# A4 — appointment, accusative, docx attached to an ЕСЭДО mail
n = "esedo_4479.eml"
att = docx_bytes([("p", "МИНИСТЕРСТВО СЕЛЬСКОГО ХОЗЯЙСТВА РЕСПУБЛИКИ КАЗАХСТАН"), ("p", "Исх. № 3-2-12/17744 от 07.12.2026"),
    ("p", "РГП на ПХВ «Единый контакт-центр»"), ("p", "На № ЕКЦ-2026/4479 от 01.12.2026"),
    ("p", "Министерство сельского хозяйства определяет ответственным лицом по государственным услугам № 00909021 и № 00909030 главного эксперта Департамента водного хозяйства Ахметжанова Ерлана Сейтказиевича (тел.: +7 (7172) 55-52-04, e-mail: e.akhmetzhanov@minagri-rk.gov.kz)."),
    ("p", "Заместитель руководителя аппарата                     Б. Искаков")])
body = "Уведомление ЕСЭДО\nДокумент № 3-2-12/17744 от 07.12.2026 направлен в Ваш адрес.\nОтправитель: МСХ РК\nВложения: 1\n"
eml(n, "ESEDO <noreply@esedo.gov.kz>", "ekc@ekc.gov.kz", "Поступил документ 3-2-12/17744", "Mon, 07 Dec 2026 15:47:10 +0500", body=body, attachments=[("3-2-12_17744.docx", att, DOCX_T)])
keys(n, [rc("3-2-12_17744.docx", "ru", resp("Ахметжанов Ерлан Сейтказиевич", None, "e.akhmetzhanov@minagri-rk.gov.kz", "+77172555204"), None, None, ["00909021", "00909030"])],
     C("msh", [("00909021", "Субсидирование подачи воды"), ("00909030", "Субсидирование семеноводства")], "appointment", ("ЕКЦ-2026/4479", "2026-12-01", "О назначении ответственного лица"), "set the responsible person for both services", True))
M(n, "responsible_change (appointment)", "ru", "eml+docx", "ЕСЭДО notification, letter attached; name in the accusative")

# R1 — temporary duties during leave, Russian, in body
n = "msg-61544.eml"
body = """Уважаемые коллеги!

В связи с уходом главного эксперта Департамента лицензирования Абеновой Сауле Нуралиевны в ежегодный оплачиваемый трудовой отпуск с 14 декабря 2026 года по 8 января 2027 года обязанности ответственного лица по взаимодействию с Единым контакт-центром по услугам 01101003, 01101004, 01101005 на указанный период возлагаются на эксперта Департамента лицензирования Калиеву Жанну Тимуровну.

Контакты Калиевой Ж.Т.: 8 (7172) 70-09-58, zh.kaliyeva@dsm-mz.gov.kz

С уважением,
Абенова С.Н.

Отправлено с iPhone
"""
eml(n, "Saule Abenova <s.abenova@dsm-mz.gov.kz>", "ekc@ekc.gov.kz", "на период отпуска", "Fri, 11 Dec 2026 19:02:45 +0500", body=body)
keys(n, [rc("body", "ru", resp("Калиева Жанна Тимуровна", None, "zh.kaliyeva@dsm-mz.gov.kz", "87172700958"),
            {"full_name": "Абенова Сауле Нуралиевна"}, "2026-12-14", ["01101003", "01101004", "01101005"])],
     C("mz", [("01101003", "Выдача лицензии на медицинскую деятельность"), ("01101004", "Переоформление лицензии"), ("01101005", "Выдача дубликата лицензии")], "consulting", None,
       "set the temporary responsible person from 2026-12-14 to 2027-01-08", True))
M(n, "responsible_change", "ru", "eml", "temporary duties during leave; new person in the accusative and then abbreviated; 'Отправлено с iPhone'")

# R2 — temporary duties in Kazakh, docx
n = "Хат_1512.docx"
write(n, docx_bytes([("p", "Абай облысының ветеринария басқармасы"), ("p", "2026 жылғы 15 желтоқсан № 02-11/1512"), ("p", "Бірыңғай байланыс орталығына"),
    ("p", "Ветеринариялық қауіпсіздік бөлімінің бас маманы С.О. Байжанованың 2026 жылғы 21 желтоқсаннан 2027 жылғы 15 қаңтарға дейін еңбек демалысында болуына байланысты, осы кезеңге Бірыңғай байланыс орталығымен өзара іс-қимыл жөніндегі жауапты тұлғаның міндеттері аталған бөлімнің жетекші маманы Омаров Ділмұрат Серікұлына жүктеледі."),
    ("p", "Тел.: 8 (7222) 56-44-20, d.omarov@abai-obl.gov.kz"),
    ("p", "Басқарма басшысы                           Е. Қасенов")]))
keys(n, [rc(n, "kk", resp("Омаров Ділмұрат Серікұлы", None, "d.omarov@abai-obl.gov.kz", "87222564420"), {"full_name": "Байжанова С.О."}, "2026-12-21")],
     C("abai_vet", [("00905007", "Ветпаспорт"), ("00905010", "Ветсправка"), ("00905012", "Ветсертификат")], "consulting", None, "set the temporary responsible person for all the agency's services", True))
M(n, "responsible_change", "kk", "docx", "Kazakh leave substitution, previous person in the genitive with initials first; no registry numbers")

# R3 — permanent replacement, bilingual txt (windows-1251 would lose Kazakh letters → utf-8 with BOM)
n = "uvedomlenie_zamena.txt"
txt = """ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҚАРЖЫ МИНИСТРЛІГІНІҢ МЕМЛЕКЕТТІК КІРІСТЕР КОМИТЕТІ
КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН
010000, Астана қ., Жеңіс даңғ., 11 / г. Астана, пр. Женис, 11

Исх. № КГД-04-3/11920 от 14.12.2026

Единый контакт-центр

Уведомление о замене ответственного лица

В соответствии с пунктом 7 Правил сообщаем, что в связи с переводом Сапарбековой Гульмиры Кайратовны на другую должность с 14 декабря 2026 года ответственным лицом по государственной услуге № 00401061 «Регистрационный учет плательщика налога на добавленную стоимость» является:

Ф.И.О.: Нурмаганбетов Айдос Жаксылыкович
Должность: главный эксперт Управления регистрационного учета
Тел.: +7 (7172) 71-26-84
E-mail: a.nurmaganbetov@kgd-minfin.gov.kz

Заместитель Председателя                                    Б. Тлеубердин
"""
write(n, b"\xef\xbb\xbf" + txt.encode("utf-8"))
keys(n, [rc(n, "ru", resp("Нурмаганбетов Айдос Жаксылыкович", "главный эксперт Управления регистрационного учета", "a.nurmaganbetov@kgd-minfin.gov.kz", "+77172712684"),
            {"full_name": "Сапарбекова Гульмира Кайратовна"}, "2026-12-14", ["00401061"])],
     C("kgd", [("00401061", "Регистрационный учет плательщика НДС")], "consulting", None, "replace the responsible person for 00401061", True))
M(n, "responsible_change", "ru (kk letterhead)", "txt utf-8 BOM", "bilingual letterhead; previous person in the genitive; labelled lines")

# R4 — replacement in Kazakh, PDF, previous person named in nominative-possessive
n = "scan0187.pdf"
write(n, pdf_bytes([("p", "ТҮРКІСТАН ОБЛЫСЫНЫҢ БІЛІМ БАСҚАРМАСЫ"), ("p", "№ 01-18/5540                                   2026 жылғы 16 желтоқсан"),
    ("p", "Бірыңғай байланыс орталығы"),
    ("p", "Қағидалардың 7-тармағына сәйкес хабарлаймыз: Оразбаева Гүлжан Әбдіқадырқызы басқа жұмысқа ауысуына байланысты 2026 жылғы 17 желтоқсаннан бастап № 00308003 және № 00308011 мемлекеттік көрсетілетін қызметтер бойынша жауапты тұлға болып мектепке дейінгі білім беру бөлімінің бас маманы Сейітқасымова Ұлжан Болатқызы тағайындалды."),
    ("p", "Байланыс телефоны: 8 (72533) 5-61-24\nЭлектрондық пошта: u.seitkassymova@turkistan-obl.gov.kz"),
    ("p", "Басқарма басшысының орынбасары                               Қ. Әлиев")]))
keys(n, [rc(n, "kk", resp("Сейітқасымова Ұлжан Болатқызы", "мектепке дейінгі білім беру бөлімінің бас маманы", "u.seitkassymova@turkistan-obl.gov.kz", "87253356124"),
            {"full_name": "Оразбаева Гүлжан Әбдіқадырқызы"}, "2026-12-17", ["00308003", "00308011"])],
     C("turk_bilim", [("00308003", "Направление в дошкольные организации"), ("00308011", "Прием документов")], "consulting", None, "replace the responsible person", True))
M(n, "responsible_change", "kk", "pdf", "Kazakh replacement with effective date in words; phone with a 5-digit area code")

# R5 — short mail: 'вместо ... теперь ...', no registry numbers, windows-1251 labelled as iso-8859-1 (mislabelled)
n = "msg-61920.eml"
body = """Здравствуйте!
С 21.12.2026 вместо Кима Олега Викторовича по всем вопросам ЕКЦ обращаться к Ли Марине Александровне, ведущему специалисту отдела разрешительных документов.
тел 8 727 271 03 65
m.li@almaty-akimat.gov.kz
Спасибо.
"""
eml(n, "Li Marina <m.li@almaty-akimat.gov.kz>", "ekc@ekc.gov.kz", "smena otvetstvennogo", "Thu, 17 Dec 2026 09:15:02 +0500", body=body, charset="windows-1251", label="iso-8859-1")
keys(n, [rc("body", "ru", resp("Ли Марина Александровна", None, "m.li@almaty-akimat.gov.kz", "87272710365"),
            {"full_name": "Ким Олег Викторович"}, "2026-12-21")],
     C("almaty_arh", [("01502007", "Выдача разрешения на строительство объектов")], "consulting", None, "replace the responsible person", True))
M(n, "responsible_change", "ru", "eml cp1251 mislabelled iso-8859-1", "wrong charset label; both names in oblique cases (Кима Олега Викторовича, Ли Марине Александровне); position in the dative")

# R6 — appointment via xlsx attachment? no: appointment in a Kazakh mail body with accusative-like 'етіп' construction
n = "zhauapty_tulga.eml"
body = """Құрметті Бірыңғай байланыс орталығы!

2026 жылғы 2 желтоқсандағы № ЕКЦ-2026/4471 сұрау салуыңызға жауап ретінде Басқарма «Кәсіпкерлік субъектілерінің бизнес-жобаларына мемлекеттік гранттар беру» (№ 00504002) мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға етіп кәсіпкерлікті қолдау бөлімінің басшысы Әлімбетов Серік Жанұзақұлын белгілейтінін хабарлайды.

Тел.: +7 (7242) 40-15-77
E-mail: s.alimbetov@kyzylorda-obl.gov.kz

Құрметпен,
Басқарма басшысы А. Жақыпов
"""
eml(n, "Kasipker Kyzylorda <kasipker@kyzylorda-obl.gov.kz>", "ekc@ekc.gov.kz", "Жауапты тұлға туралы", "Thu, 03 Dec 2026 11:25:19 +0500", body=body, cte="base64")
keys(n, [rc("body", "kk", resp("Әлімбетов Серік Жанұзақұлы", "кәсіпкерлікті қолдау бөлімінің басшысы", "s.alimbetov@kyzylorda-obl.gov.kz", "+77242401577"), None, None, ["00504002"])],
     C("kzo_ap", [("00504002", "Предоставление государственных грантов")], "appointment", ("ЕКЦ-2026/4471", "2026-12-02", "Жауапты тұлғаны тағайындау туралы"), "set the responsible person", True))
M(n, "responsible_change (appointment)", "kk", "eml base64", "Kazakh accusative ending (-ұлын)")

# R7 — appointment, PDF, two people for different services, Russian, dative
n = "Исх_3-1_2790.pdf"
write(n, pdf_bytes([("p", "УПРАВЛЕНИЕ ЭНЕРГЕТИКИ И ЖИЛИЩНО-КОММУНАЛЬНОГО ХОЗЯЙСТВА МАНГИСТАУСКОЙ ОБЛАСТИ\n130000, г. Актау, 14 мкр., здание 1"),
    ("p", "Исх. № 3-1/2790 от 10.12.2026\nНа № ЕКЦ-2026/4509 от 07.12.2026"),
    ("p", "Директору РГП «Единый контакт-центр»"),
    ("p", "Управление сообщает, что представление информации в Единый контакт-центр и проведение обучения по государственной услуге «Выдача технических условий на подключение к сетям теплоснабжения» (№ 01603004 в реестре) поручено руководителю отдела тарифной политики Утегеновой Гульнар Сапаргалиевне, тел. +7 (7292) 30-11-42, g.utegenova@mangystau-obl.gov.kz."),
    ("p", "Руководитель управления                                        М. Досжанов")]))
keys(n, [rc(n, "ru", resp("Утегенова Гульнар Сапаргалиевна", None, "g.utegenova@mangystau-obl.gov.kz", "+77292301142"), None, None, ["01603004"])],
     C("mangy_zhkh", [("01603004", "Выдача технических условий на подключение к сетям теплоснабжения")], "appointment", ("ЕКЦ-2026/4509", "2026-12-07", "О назначении ответственного лица"), "set the responsible person", True))
M(n, "responsible_change (appointment)", "ru", "pdf", "appointment with position and name in the dative (руководителю ... Утегеновой ...)")

# R8 — acting (и.о.) during sick leave, docx, Russian + Kazakh duplicate paragraph
n = "pismo_2112.docx"
write(n, docx_bytes([("p", "Министерство юстиции Республики Казахстан\nИсх. № 4-12/8802 от 21.12.2026"), ("p", "РГП «Единый контакт-центр»"),
    ("p", "На период временной нетрудоспособности главного эксперта Департамента регистрационной службы Есеновой Алии Маратовны исполнение обязанностей ответственного лица по государственной услуге № 00501008 «Государственная регистрация юридических лиц» временно возложено на эксперта того же департамента Бейсенбаева Тимура Аскаровича (+7 (7172) 74-08-36, t.beisenbayev@adilet-minjust.gov.kz) с 21 декабря 2026 года."),
    ("p", "Бас сарапшы А.М. Есенованың уақытша еңбекке жарамсыздығы кезеңінде № 00501008 мемлекеттік көрсетілетін қызмет бойынша жауапты тұлғаның міндеттері 2026 жылғы 21 желтоқсаннан бастап Т.А. Бейсенбаевқа уақытша жүктелді."),
    ("p", "Директор департамента                           Р. Абдыкалыков")]))
keys(n, [rc(n, None, resp("Бейсенбаев Тимур Аскарович", None, "t.beisenbayev@adilet-minjust.gov.kz", "+77172740836"), {"full_name": "Есенова Алия Маратовна"}, "2026-12-21", ["00501008"])],
     C("mju", [("00501008", "Государственная регистрация юридических лиц")], "consulting", None, "set the temporary responsible person", True))
M(n, "responsible_change", "ru+kk", "docx", "sick-leave substitution; Russian then Kazakh paragraph with initials only; new name in the accusative")

# =====================================================================
# REFUSALS (p.11)
# =====================================================================
def rf(part, lang, reason, ground, regs=None):
    d = {"part": part, "kind": "refusal", "refusal_reason": reason, "refusal_ground": ground}
    if lang: d["language"] = lang
    if regs is not None: d["services"] = [{"registry_number": r} for r in regs]
    return d

# X1 — state secret, citing the Law «О государственных секретах», Russian txt
n = "Исх_7-1-12_Т-4630.txt"
write(n, """МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН

Исх. № 7-1-12/Т-4630 от 15.12.2026
На № ЕКЦ-2026/4588 от 10.12.2026

РГП «Единый контакт-центр»

Рассмотрев Ваш запрос о предоставлении перечня подразделений, осуществляющих проверку при выдаче разрешения на приобретение гражданского оружия (услуга № 00203012), сообщаем следующее.

Запрашиваемые сведения о дислокации и штатной численности подразделений отнесены к государственным секретам в соответствии с Законом Республики Казахстан от 15 марта 1999 года «О государственных секретах» и Перечнем сведений, подлежащих засекречиванию, в связи с чем не могут быть представлены.

Общая информация о порядке оказания услуги размещена на портале www.egov.kz.

Заместитель Председателя Комитета административной полиции          К. Нурланов
Исп.: Жумабаев Е., 71-45-90
""")
keys(n, [rf(n, "ru", "Запрашиваемые сведения о дислокации и штатной численности подразделений отнесены к государственным секретам в соответствии с Законом Республики Казахстан от 15 марта 1999 года «О государственных секретах»", "state_secret", ["00203012"])],
     C("mvd", [("00203012", "Выдача разрешения на приобретение гражданского оружия")], "additional_answer", ("ЕКЦ-2026/4588", "2026-12-10", "О предоставлении дополнительной информации"), "record the refusal (state secret, lawful)", True))
M(n, "refusal", "ru", "txt", "state secret citing the law; a pointer to egov.kz that is not the reason")

# X2 — tax secret (protected by the Tax Code) in Kazakh, docx
n = "Жауап_КГД_4601.docx"
write(n, docx_bytes([("p", "ҚР Қаржы министрлігінің Мемлекеттік кірістер комитеті"), ("p", "2026 жылғы 16 желтоқсан № КГД-04-3/12104"), ("p", "Бірыңғай байланыс орталығына"),
    ("p", "Сіздің 2026 жылғы 11 желтоқсандағы № ЕКЦ-2026/4601 сұрауыңызды қарап, Комитет мынаны хабарлайды."),
    ("p", "Сұратылып отырған нақты салық төлеушілердің салық берешегі туралы мәліметтер Қазақстан Республикасы Салық кодексінің 30-бабына сәйкес салықтық құпияны құрайды, сондықтан оларды ұсыну мүмкін емес."),
    ("p", "Анықтаманы алу тәртібі бойынша жалпы ақпарат бұрын ұсынылған (№ 00401070)."),
    ("p", "Комитет төрағасының орынбасары                     Б. Тлеубердин")]))
keys(n, [rf(n, "kk", "нақты салық төлеушілердің салық берешегі туралы мәліметтер Қазақстан Республикасы Салық кодексінің 30-бабына сәйкес салықтық құпияны құрайды", "protected_secret", ["00401070"])],
     C("kgd", [("00401070", "Выдача справки об отсутствии (наличии) налоговой задолженности")], "additional_answer", ("ЕКЦ-2026/4601", "2026-12-11", "Қосымша ақпарат беру туралы"), "record the refusal (tax secret, lawful)", True))
M(n, "refusal", "kk", "docx", "Kazakh refusal: tax secret under the Tax Code → protected_secret")

# X3 — commercial secret, eml
n = "msg-62003.eml"
body = """Добрый день.

По Вашему письму ЕКЦ-2026/4612 от 14.12.2026 о тарифах на подключение (услуга 01603004) сообщаем.

Расчеты стоимости подключения, выполненные энергоснабжающими организациями, содержат сведения, составляющие коммерческую тайну этих организаций (статья 28 Предпринимательского кодекса Республики Казахстан), и Управлением не раскрываются.

Утвержденные тарифы опубликованы на сайте уполномоченного органа.

Утегенова Г.С.
руководитель отдела тарифной политики
УЭиЖКХ Мангистауской области
"""
eml(n, "Gulnar Utegenova <g.utegenova@mangystau-obl.gov.kz>", "ekc@ekc.gov.kz", "Re: ЕКЦ-2026/4612", "Wed, 16 Dec 2026 14:40:11 +0500", body=body, charset="windows-1251")
keys(n, [rf("body", "ru", "Расчеты стоимости подключения, выполненные энергоснабжающими организациями, содержат сведения, составляющие коммерческую тайну этих организаций", "commercial_secret", ["01603004"])],
     C("mangy_zhkh", [("01603004", "Выдача технических условий на подключение к сетям теплоснабжения")], "additional_answer", ("ЕКЦ-2026/4612", "2026-12-14", "О тарифах на подключение"), "record the refusal (commercial secret)", True))
M(n, "refusal", "ru", "eml cp1251", "commercial secret of third parties, citing the Entrepreneurial Code")

# X4 — not competent: service belongs to another agency, bilingual PDF
n = "hat_4620.pdf"
write(n, pdf_bytes([("p", "Батыс Қазақстан облысының жер қатынастары басқармасы / Управление земельных отношений Западно-Казахстанской области"),
    ("p", "№ 04-12/2011, 17.12.2026"), ("p", "Бірыңғай байланыс орталығына / В Единый контакт-центр"),
    ("p", "Сіздің № ЕКЦ-2026/4620 хатыңызға жауап ретінде хабарлаймыз: «Жер учаскесіне сәйкестендіру құжатын беру» қызметінің жер-кадастрлық жұмыстарды орындау мерзімдері туралы мәліметтер Басқарманың құзыретіне жатпайды, оларды «Азаматтарға арналған үкімет» мемлекеттік корпорациясынан сұрату қажет."),
    ("p", "На Ваше письмо № ЕКЦ-2026/4620 сообщаем: сведения о сроках выполнения землеустроительных работ по услуге № 00812014 не относятся к компетенции Управления; их следует запросить в НАО «Государственная корпорация «Правительство для граждан»."),
    ("p", "Басшы / Руководитель                                  Қ. Сұлтанғалиев")]))
keys(n, [rf(n, None, "сведения о сроках выполнения землеустроительных работ по услуге № 00812014 не относятся к компетенции Управления", "not_competent", ["00812014"])],
     C("zko_zher", [("00812014", "Изготовление идентификационного документа на земельный участок")], "additional_answer", ("ЕКЦ-2026/4620", "2026-12-15", "О сроках землеустроительных работ"), "record the refusal and redirect the question to the State Corporation", True))
M(n, "refusal", "kk+ru", "pdf", "not competent, said twice (kk then ru); key takes the Russian clause")

# X5 — personal data (Law on personal data), xlsx? no: HTML mail with Outlook quoting
n = "RE_ЕКЦ-2026-4633.eml"
html = """<html><body><p>Здравствуйте!</p>
<p>Прошу учесть: список получателей социальной выплаты, о котором спрашивается в письме ЕКЦ-2026/4633, представлен быть не может, так как <u>сведения о получателях являются персональными данными, доступ к которым ограничен Законом Республики Казахстан «О персональных данных и их защите»</u>.</p>
<p>По порядку назначения выплаты (01303019) готовы дать разъяснения по телефону.</p>
<p>Ержанова Л.Б.<br>главный эксперт ДСС МТСЗН<br>74-22-15</p>
<blockquote style="border-left:2px solid #999;padding-left:6px">-----Original Message-----<br>From: ekc@ekc.gov.kz<br>Просим представить список получателей, обратившихся в ноябре...</blockquote></body></html>"""
eml(n, "Erzhanova L. <l.erzhanova@enbek-mtszn.gov.kz>", "ekc@ekc.gov.kz", "RE: ЕКЦ-2026/4633", "Thu, 17 Dec 2026 10:02:55 +0500", html=html, cte="base64")
keys(n, [rf("body", "ru", "сведения о получателях являются персональными данными, доступ к которым ограничен Законом Республики Казахстан «О персональных данных и их защите»", "protected_secret", ["01303019"])],
     C("mtszn", [("01303019", "Назначение социальной выплаты на случай потери работы")], "additional_answer", ("ЕКЦ-2026/4633", "2026-12-15", "О предоставлении дополнительной информации"), "record the refusal (personal data, lawful)", True))
M(n, "refusal", "ru", "eml html-only base64", "personal data law; offer to explain by phone; quoted request in a blockquote")

# X6 — medical secret, Kazakh txt in koi8? no — utf-8 txt with CRLF
n = "zhauap_mz_4640.txt"
write(n, ("Қазақстан Республикасы Денсаулық сақтау министрлігі\r\n№ 15-3/2455, 2026 жылғы 18 желтоқсан\r\n\r\nБірыңғай байланыс орталығына\r\n\r\n"
          "№ ЕКЦ-2026/4640 сұрау салуға жауап.\r\n\r\nЛицензия алған медициналық ұйымдардың пациенттері туралы мәліметтер «Халық денсаулығы және денсаулық сақтау жүйесі туралы» Қазақстан Республикасы Кодексінің 273-бабына сәйкес дәрігерлік құпияны құрайды және үшінші тұлғаларға берілмейді.\r\n\r\n"
          "Лицензиялау тәртібі бойынша (№ 01101003) қосымша сұрақтарыңыз болса, Калиева Ж.Т.-ға хабарласыңыз.\r\n\r\nДепартамент директоры А. Құрманғалиева\r\n"))
keys(n, [rf(n, "kk", "Лицензия алған медициналық ұйымдардың пациенттері туралы мәліметтер «Халық денсаулығы және денсаулық сақтау жүйесі туралы» Қазақстан Республикасы Кодексінің 273-бабына сәйкес дәрігерлік құпияны құрайды", "protected_secret", ["01101003"])],
     C("mz", [("01101003", "Выдача лицензии на медицинскую деятельность")], "additional_answer", ("ЕКЦ-2026/4640", "2026-12-16", "Қосымша ақпарат туралы"), "record the refusal (medical secret)", True))
M(n, "refusal", "kk", "txt CRLF", "medical secret under the Health Code in Kazakh")

# X7 — 'other': refusal because the new rules are not yet registered; docx
n = "Исх_3-2-12_18110.docx"
write(n, docx_bytes([("p", "Министерство сельского хозяйства Республики Казахстан"), ("p", "Исх. № 3-2-12/18110 от 18.12.2026\nНа № ЕКЦ-2026/4644"),
    ("p", "РГП «Единый контакт-центр»"),
    ("p", "Министерство не может представить запрошенный проект новых правил субсидирования развития семеноводства (№ 00909030), поскольку проект находится на согласовании и не прошел государственную регистрацию в Министерстве юстиции; до его официального опубликования консультирование следует вести по действующим правилам."),
    ("p", "Вице-министр                                               Е. Карашукеев")]))
keys(n, [rf(n, "ru", "проект находится на согласовании и не прошел государственную регистрацию в Министерстве юстиции", "other", ["00909030"])],
     C("msh", [("00909030", "Субсидирование развития семеноводства")], "additional_answer", ("ЕКЦ-2026/4644", "2026-12-16", "О проекте новых правил"), "record the refusal (not a lawful secret ground — other)", True))
M(n, "refusal", "ru", "docx", "refusal for a reason that is none of the secrets (draft not registered) → other")

# X8 — official-use-only (ДСП) documents, Russian, PDF
n = "scan_20261221_3.pdf"
write(n, pdf_bytes([("p", "МИНИСТЕРСТВО ЦИФРОВОГО РАЗВИТИЯ, ИННОВАЦИЙ И АЭРОКОСМИЧЕСКОЙ ПРОМЫШЛЕННОСТИ РЕСПУБЛИКИ КАЗАХСТАН"),
    ("p", "21.12.2026 № 11-3/6621\nНа № ЕКЦ-2026/4650 от 17.12.2026"),
    ("p", "Аэрокосмический комитет, рассмотрев запрос о предоставлении копии внутренней инструкции по проверке заявок на использование ортофотопланов (услуга 00604011), сообщает, что инструкция имеет гриф «Для служебного пользования» и в соответствии с Правилами отнесения сведений к служебной информации ограниченного распространения, утвержденными постановлением Правительства Республики Казахстан, передаче сторонним организациям не подлежит."),
    ("p", "Председатель комитета                                    Д. Шаимбетов")]))
keys(n, [rf(n, "ru", "инструкция имеет гриф «Для служебного пользования»", "protected_secret", ["00604011"])],
     C("mcriap", [("00604011", "Выдача разрешения на использование ортофотоплана")], "additional_answer", ("ЕКЦ-2026/4650", "2026-12-17", "О предоставлении инструкции"), "record the refusal (restricted official information)", True))
M(n, "refusal", "ru", "pdf", "ДСП restricted official information; ground debatable (keyed protected_secret)")

# =====================================================================
# TRAINING PROTOCOLS (p.8)
# =====================================================================
def tp(part, lang, date, regs):
    d = {"part": part, "kind": "training_protocol", "protocol_date": date, "services": [{"registry_number": r} for r in regs]}
    if lang: d["language"] = lang
    return d

# P1 — Kazakh protocol docx with signature table
n = "Хаттама_14.docx"
write(n, docx_bytes([("b", "Мемлекеттік көрсетілетін қызметті консультация беру үшін Бірыңғай байланыс орталығының қабылдауы туралы № 14 ХАТТАМА"),
    ("p", "Астана қ.                                                    2026 жылғы 11 желтоқсан"),
    ("p", "Қазақстан Республикасы Ішкі істер министрлігінің жауапты тұлғасы С.Б. Сыздықов Бірыңғай байланыс орталығының жауапты қызметкерлеріне мына мемлекеттік көрсетілетін қызмет бойынша оқыту өткізді:"),
    ("t", [["Р/с №", "Тізілімдегі №", "Атауы"], ["1", "00201045", "Қазақстан Республикасы азаматтарын тұрғылықты жері бойынша тіркеу"]]),
    ("p", "Оқыту нәтижесі бойынша қызмет Бірыңғай байланыс орталығымен консультация беру үшін қабылданды."),
    ("t", [["ІІМ атынан", "БКО атынан"], ["С.Б. Сыздықов ______", "М. Әбішева ______"]])]))
keys(n, [tp(n, "kk", "2026-12-11", ["00201045"])],
     C("mvd", [("00201045", "Регистрация по месту жительства")], "protocol", ("ЕКЦ-2026/4560", "2026-12-08", "Оқыту өткізу туралы"), "mark the service accepted for consulting", True))
M(n, "training_protocol", "kk", "docx", "Kazakh protocol, date in words after the place; signature table")

# P2 — Russian protocol PDF attached to a mail, registry numbers inside running text
n = "protokol_podpisannyi.eml"
att = pdf_bytes([("p", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг для консультирования"),
    ("p", "г. Астана                                                                       «16» декабря 2026 года"),
    ("p", "Присутствовали: от Министерства труда и социальной защиты населения РК – Ержанова Л.Б., главный эксперт; от РГП «Единый контакт-центр» – Султанова Д.К., Айтбаев Н.М."),
    ("p", "Проведено обучение по государственным услугам № 01303019 «Назначение социальной выплаты на случай потери работы» и № 01303022 «Назначение социальной выплаты на случай потери кормильца»."),
    ("p", "Решили: принять указанные услуги для консультирования услугополучателей."),
    ("p", "Подписи: ________ Ержанова Л.Б.      ________ Султанова Д.К.")])
body = "Коллеги, добрый день!\nНаправляю подписанный протокол по итогам обучения 16 декабря.\n\nЛяззат\n"
eml(n, "Lyazzat Erzhanova <l.erzhanova@enbek-mtszn.gov.kz>", "ekc@ekc.gov.kz", "протокол", "Thu, 17 Dec 2026 17:11:08 +0500", body=body, attachments=[("Protokol_16.12.2026.pdf", att, PDF_T)])
keys(n, [tp("Protokol_16.12.2026.pdf", "ru", "2026-12-16", ["01303019", "01303022"])],
     C("mtszn", [("01303019", "Социальная выплата на случай потери работы"), ("01303022", "Социальная выплата на случай потери кормильца")], "protocol", ("ЕКЦ-2026/4591", "2026-12-10", "О проведении обучения"), "mark both services accepted", True))
M(n, "training_protocol", "ru", "eml+pdf", "protocol PDF attached; date in guillemet form; covering note mentions the date too")

# P3 — protocol as xlsx (a register of trainings), bilingual header
n = "Хаттама_Протокол_12.xlsx"
rows = [["ХАТТАМА / ПРОТОКОЛ № 12"], ["принятия государственных услуг для консультирования / мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдау"],
        ["Күні / Дата:", "18.12.2026"], [],
        ["№", "Тізілімдегі № / № в реестре", "Атауы / Наименование", "Оқыту өткізген / Обучение провел"],
        [1, "01101003", "Выдача лицензии на медицинскую деятельность", "Калиева Ж.Т."],
        [2, "01101004", "Переоформление лицензии на медицинскую деятельность", "Калиева Ж.Т."],
        [3, "01101005", "Выдача дубликата лицензии на медицинскую деятельность", "Калиева Ж.Т."], [],
        ["Қол қойды / Подписали:", "ДСМ: Калиева Ж.Т.", "ЕКЦ: Мухамеджанова А.Р."]]
write(n, xlsx_bytes([("Протокол", rows, ["A1:D1", "A2:D2"], {"B": 22, "C": 50, "D": 28})]))
keys(n, [tp(n, None, "2026-12-18", ["01101003", "01101004", "01101005"])],
     C("mz", [("01101003", "Лицензия"), ("01101004", "Переоформление"), ("01101005", "Дубликат")], "protocol", ("ЕКЦ-2026/4595", "2026-12-10", "Об обучении"), "mark three services accepted", True))
M(n, "training_protocol", "kk+ru", "xlsx", "protocol as a spreadsheet with bilingual labels; date in its own cell")

# P4 — plain-text export of a protocol from ЕСЭДО, Kazakh date form 'ж.'
n = "export_protokol_5531.txt"
write(n, """[ЕСЭДО] Карточка документа
Вид документа: Протокол
Номер: 5531
Дата: 21.12.2026
Автор: Управление ветеринарии области Абай
----------------------------------------
ПРОТОКОЛ № 5531
принятия государственной услуги для консультирования Единым контакт-центром

г. Семей, 18.12.2026 ж.

По итогам обучения, проведенного ответственным лицом Управления ветеринарии Омаровым Д.С. (в период отпуска Байжановой С.О.), сотрудники ЕКЦ приняли для консультирования услуги:
  - 00905010 Выдача ветеринарной справки
  - 00905012 Выдача ветеринарного сертификата на перемещаемые объекты

От Управления: Омаров Д.С. (подписано ЭЦП 18.12.2026 16:40)
От ЕКЦ: Садыкова Б.Н. (подписано ЭЦП 21.12.2026 09:05)
----------------------------------------
""")
keys(n, [tp(n, "ru", "2026-12-18", ["00905010", "00905012"])],
     C("abai_vet", [("00905010", "Ветсправка"), ("00905012", "Ветсертификат")], "protocol", ("ЕКЦ-2026/4602", "2026-12-14", "О проведении обучения"), "mark both services accepted", True))
M(n, "training_protocol", "ru", "txt", "export with card metadata date (21.12) differing from the protocol date (18.12); two signing timestamps")

# P5 — HTML mail with the protocol table in the body, Kazakh
n = "hattama_kzo.eml"
html = """<html><body><p>Сәлеметсіз бе!</p><p>Қол қойылған хаттаманың мәтінін жібереміз:</p>
<table border="1"><tr><td colspan="2"><b>ХАТТАМА № 3</b><br>Қызылорда қ., 2026 жылғы 22 желтоқсан</td></tr>
<tr><td>Мемлекеттік көрсетілетін қызмет</td><td>00504002 – Кәсіпкерлік субъектілерінің бизнес-жобаларына мемлекеттік гранттар беру</td></tr>
<tr><td>Шешім</td><td>Консультация беру үшін қабылдансын</td></tr>
<tr><td>Қолдар</td><td>С.Ж. Әлімбетов; Р. Төлегенова (БКО)</td></tr></table>
<p>Түпнұсқасы ЭСҚ-мен қол қойылып, ЕСЭДО арқылы жіберілді.</p></body></html>"""
eml(n, "Serik Alimbetov <s.alimbetov@kyzylorda-obl.gov.kz>", "ekc@ekc.gov.kz", "Хаттама", "Tue, 22 Dec 2026 16:30:00 +0500", html=html, label="")
keys(n, [tp("body", "kk", "2026-12-22", ["00504002"])],
     C("kzo_ap", [("00504002", "Гранты на бизнес-проекты")], "protocol", ("ЕКЦ-2026/4615", "2026-12-15", "Оқыту туралы"), "mark the service accepted", True))
M(n, "training_protocol", "kk", "eml html-only, no charset label", "HTML body with no charset parameter (utf-8 bytes); protocol as a small table")

# =====================================================================
# NOT REPLIES (other)
# =====================================================================
def oth(part, lang=None):
    d = {"part": part, "kind": "other"}
    if lang: d["language"] = lang
    return d

# N1 — request for clarification instead of the form
n = "vopros_po_forme.eml"
body = """Добрый день!

Получили Ваш запрос ЕКЦ-2026/4509. Прежде чем заполнить форму, просим уточнить:
1) что указывать в графе 5 «Регламент», если регламенты государственных услуг отменены с 2020 года;
2) нужно ли в графе 6 перечислять все приказы о внесении изменений или только последний;
3) можно ли указать в графе 8 двух сотрудников.

Ответ будет учтен при заполнении.

С уважением,
Утегенова Г.С., УЭиЖКХ
"""
eml(n, "Gulnar Utegenova <g.utegenova@mangystau-obl.gov.kz>", "ekc@ekc.gov.kz", "Вопрос по заполнению Приложения 1", "Wed, 09 Dec 2026 10:05:44 +0500", body=body)
keys(n, [oth("body", "ru")], C("mangy_zhkh", [("01603004", "Выдача технических условий на подключение к сетям теплоснабжения")], "information",
     ("ЕКЦ-2026/4509", "2026-12-07", "Запрос информации"), "answer the agency's questions; the information is still awaited", False))
M(n, "other (request for clarification)", "ru", "eml", "speaks of columns 5, 6, 8 of the form but holds no data")

# N2 — thank-you note, Kazakh
n = "rakhmet.eml"
body = """Құрметті әріптестер!

Кеше өткен оқыту кезінде көрсеткен ықыласыңыз бен кәсібилігіңіз үшін алғысымызды білдіреміз. Операторларыңыздың сұрақтары өте орынды болды.
Алдағы уақытта да бірлесіп жұмыс істеуге дайынбыз.

Құрметпен,
Ш. Тұрғанбаев атынан Ерназар
"""
eml(n, "Ernazar T. <ernazar.t@karaganda-obl.gov.kz>", "ekc@ekc.gov.kz", "Алғыс хат", "Fri, 18 Dec 2026 12:00:00 +0500", body=body, cte="base64")
keys(n, [oth("body", "kk")], C("karag_akim", [("00806015", "Выдача справки о наличии личного подсобного хозяйства")], "protocol", None, "nothing; the protocol is still awaited", False))
M(n, "other (thank-you)", "kk", "eml", "mentions the training but is not a protocol")

# N3 — newsletter (HTML, Adilet updates)
n = "newsletter_2026-50.eml"
html = """<html><body><h2>Әділет: обзор изменений законодательства, неделя 50</h2>
<ul><li>Приказ Министра здравоохранения РК от 11.12.2026 № ҚР ДСМ-131 «О внесении изменений в приказ № ҚР ДСМ-220/2020» — изменены правила оказания государственных услуг в сфере лицензирования.</li>
<li>Постановление Правительства РК от 10.12.2026 № 1022 «О внесении изменений в Реестр государственных услуг».</li>
<li>Приказ Министра финансов РК от 25.11.2026 № 690.</li></ul>
<p>Вы получили это письмо, потому что подписаны на рассылку. <a href="https://adilet.example.kz/unsubscribe">Отписаться</a></p></body></html>"""
eml(n, "Adilet Digest <digest@news.adilet.kz>", "ekc@ekc.gov.kz", "Обзор законодательства — неделя 50", "Sat, 12 Dec 2026 06:00:00 +0500", html=html,
    extra_headers=["List-Unsubscribe: <https://adilet.example.kz/unsubscribe>", "Precedence: bulk"])
keys(n, [oth("body", "ru")], C("mz", [("01101003", "Выдача лицензии на медицинскую деятельность")], "consulting", None, "nothing; a newsletter naming an amending order is not the agency's notice", False))
M(n, "other (newsletter)", "ru", "eml html-only bulk", "names amending orders that look like a change notice")

# N4 — minutes of an internal meeting (протокол совещания), docx
n = "Протокол_совещания_17.12.docx"
write(n, docx_bytes([("b", "ПРОТОКОЛ № 47\nсовещания у заместителя руководителя Управления образования Туркестанской области"),
    ("p", "г. Туркестан                                                            17 декабря 2026 года"),
    ("p", "Присутствовали: Әлиев Қ., Оразбаева Г.Ә., Сейітқасымова Ұ.Б., руководители отделов."),
    ("p", "Повестка: 1. О качестве оказания государственных услуг 00308003 и 00308011 за 11 месяцев 2026 года. 2. О жалобах, поступивших через Единый контакт-центр."),
    ("p", "РЕШИЛИ: 1. Отделу дошкольного образования сократить сроки выдачи направлений. 2. Сейітқасымовой Ұ.Б. еженедельно сверять данные ИС Мониторинг. 3. Контроль возложить на Әлиева Қ."),
    ("p", "Председатель Қ. Әлиев        Секретарь Ж. Байжігітова")]))
keys(n, [oth(n, "ru")], C("turk_bilim", [("00308003", "Направление в дошкольные организации"), ("00308011", "Прием документов")], "consulting", None, "nothing; an internal meeting's minutes", False))
M(n, "other (internal minutes)", "ru", "docx", "titled ПРОТОКОЛ, names services and the responsible person, yet it is not a training protocol")

# N5 — out-of-office auto-reply (bilingual)
n = "autoreply_17233.eml"
body = """Мен 2027 жылғы 11 қаңтарға дейін демалыстамын. Шұғыл сұрақтар бойынша Калиева Жаннаға хабарласыңыз: zh.kaliyeva@dsm-mz.gov.kz
Я в отпуске до 11.01.2027. По срочным вопросам обращайтесь к Калиевой Жанне: zh.kaliyeva@dsm-mz.gov.kz
"""
eml(n, "Saule Abenova <s.abenova@dsm-mz.gov.kz>", "ekc@ekc.gov.kz", "Автоматический ответ: ЕКЦ-2026/4640", "Wed, 16 Dec 2026 09:00:12 +0500", body=body,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
keys(n, [oth("body")], C("mz", [("01101003", "Выдача лицензии на медицинскую деятельность")], "additional_answer", ("ЕКЦ-2026/4640", "2026-12-16", "Қосымша ақпарат туралы"), "nothing; an auto-reply naming a colleague is not a notice of replacement", False))
M(n, "other (auto-reply)", "kk+ru", "eml", "out-of-office naming a substitute with e-mail — looks like a responsible change")

# N6 — ЕСЭДО registration receipt
n = "esedo_receipt_4701.eml"
body = """Квитанция о регистрации
Ваш документ исх. № ЕКЦ-2026/4701 от 18.12.2026 зарегистрирован в Министерстве юстиции Республики Казахстан.
Вх. № 4-12/22871 от 18.12.2026
Исполнитель назначен: Департамент регистрационной службы
Срок исполнения: 25.12.2026
"""
eml(n, "ESEDO <noreply@esedo.gov.kz>", "ekc@ekc.gov.kz", "Квитанция: документ зарегистрирован", "Fri, 18 Dec 2026 11:03:00 +0500", body=body.replace("№", "N"), charset="koi8-r")
keys(n, [oth("body", "ru")], C("mju", [("00501008", "Государственная регистрация юридических лиц")], "appointment", ("ЕКЦ-2026/4701", "2026-12-18", "О назначении ответственного лица"), "nothing; a registration receipt, the appointment is still awaited", False))
M(n, "other (e-doc receipt)", "ru", "eml koi8-r", "system receipt with a deadline; no reply content")

# N7 — invitation to a seminar, PDF
n = "priglashenie.pdf"
write(n, pdf_bytes([("p", "ПРИГЛАШЕНИЕ"), ("p", "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан приглашает представителей Единого контакт-центра на семинар «Проактивные государственные услуги: итоги 2026 года», который состоится 24 декабря 2026 года в 10:00 в Доме министерств (г. Астана, ул. Мәңгілік Ел, 8, зал 3)."),
    ("p", "Просим подтвердить участие до 22.12.2026 по тел. +7 (7172) 74-95-00 или по адресу seminar@mdai-rk.gov.kz."), ("p", "Оргкомитет")]))
keys(n, [oth(n, "ru")], C("mcriap", [("00604011", "Выдача разрешения на использование ортофотоплана")], "consulting", None, "nothing; an invitation", False))
M(n, "other (invitation)", "ru", "pdf", "contact phone and e-mail present; no services")

# N8 — deferral: answer will follow
n = "Исх_05-14_3402.txt"
write(n, """Исх. № 05-14/3402 от 14.12.2026
На № ЕКЦ-2026/4610 от 11.12.2026

Единый контакт-центр

Управление пассажирского транспорта и автомобильных дорог области Жетісу сообщает, что запрошенная информация по государственной услуге № 00302040 готовится и будет направлена дополнительно в срок до 24 декабря 2026 года в связи с согласованием с Министерством транспорта Республики Казахстан.

Руководитель управления                 Т. Мамырбеков
""")
keys(n, [oth(n, "ru")], C("zhetisu_zhol", [("00302040", "Выдача лицензии на перевозку опасных грузов")], "information", ("ЕКЦ-2026/4610", "2026-12-11", "Запрос информации"), "note the promised date; the information is still awaited", False))
M(n, "other (deferral)", "ru", "txt", "an answer to our letter that delivers nothing yet; not a refusal")

# N9 — proposal of training dates
n = "obuchenie_daty.eml"
body = """Добрый день!

Ответственное лицо по услуге 01603004 готово провести обучение сотрудников ЕКЦ. Предлагаем следующие даты: 23.12.2026 в 15:00 или 25.12.2026 в 11:00 (онлайн, ссылка будет направлена).
Просим сообщить удобную дату.

Утегенова Г.С.
"""
eml(n, "Gulnar Utegenova <g.utegenova@mangystau-obl.gov.kz>", "ekc@ekc.gov.kz", "Обучение по 01603004", "Fri, 18 Dec 2026 16:20:00 +0500", body=body)
keys(n, [oth("body", "ru")], C("mangy_zhkh", [("01603004", "Выдача технических условий")], "protocol", None, "agree a training date; the protocol is still awaited", False))
M(n, "other (training dates)", "ru", "eml", "about training, with dates, but no protocol")

# N10 — a letter about another agency's service, copied to the EKC
n = "kopiya_pisma_KGD.docx"
write(n, docx_bytes([("p", "Комитет государственных доходов Министерства финансов Республики Казахстан\nИсх. № КГД-06-1/12233 от 17.12.2026"),
    ("p", "Министерству юстиции Республики Казахстан\nКопия: РГП «Единый контакт-центр» (для сведения)"),
    ("p", "В целях обеспечения интеграции информационных систем просим рассмотреть возможность передачи в режиме реального времени сведений о государственной регистрации юридических лиц (услуга № 00501008) в ИС «Регистрационный учет налогоплательщиков»."),
    ("p", "Ответственный за взаимодействие с Министерством юстиции: Нурмаганбетов А.Ж., +7 (7172) 71-26-84."),
    ("p", "Заместитель Председателя            Б. Тлеубердин")]))
keys(n, [oth(n, "ru")], C("kgd", [("00401061", "Регистрационный учет плательщика НДС")], "consulting", None, "nothing; a copy of a letter to another agency about another agency's service", False))
M(n, "other (letter about another agency)", "ru", "docx", "names a 'responsible' person and a registry number of another agency's service")

# N11 — citizen complaint forwarded by an akimat
n = "Fwd_obrashchenie.eml"
body = """Направляем для сведения обращение гражданина, поступившее на блог акима района.

---------- Forwarded message ---------
От: Серікбаев Мұрат <murat.s1987@mail.kz>
Тема: справка ЛПХ
Здравствуйте, звонил в 1414, сказали что справку о личном подсобном хозяйстве выдают только в ЦОНе, а в ЦОНе отправили в акимат. Разберитесь пожалуйста.

--
Аппарат акима Шетского района
"""
eml(n, "Shet akimat <shet-akimat@karaganda-obl.gov.kz>", "ekc@ekc.gov.kz", "Fwd: справка ЛПХ", "Mon, 21 Dec 2026 10:45:00 +0500", body=body)
keys(n, [oth("body", "ru")], C("karag_akim", [("00806015", "Выдача справки о наличии личного подсобного хозяйства")], "consulting", None, "route to the quality team as a citizen's complaint", False))
M(n, "other (forwarded complaint)", "ru", "eml", "forwarded citizen message about the service")

# N12 — phishing/spam
n = "msg-63001.eml"
html = """<html><body><p>Уважаемый пользователь почты ekc@ekc.gov.kz!</p><p>Ваш почтовый ящик переполнен. Чтобы продолжить получать письма от государственных органов, подтвердите учетную запись до 23.12.2026:</p>
<p><a href="http://mail-gov-kz.verify-box.example/login">Подтвердить</a></p><p>Служба поддержки</p></body></html>"""
eml(n, "Support <support@mail-gov-kz.example>", "ekc@ekc.gov.kz", "Внимание: ящик будет заблокирован", "Tue, 22 Dec 2026 03:12:00 +0000", html=html)
keys(n, [oth("body", "ru")], C("mcriap", [("00604011", "Выдача разрешения на использование ортофотоплана")], "consulting", None, "nothing; spam", False))
M(n, "other (spam)", "ru", "eml html-only", "phishing")

# N13 — draft protocol sent for approval (unsigned)
n = "proekt_protokola.docx"
write(n, docx_bytes([("p", "ПРОЕКТ"), ("b", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственной услуги для консультирования"),
    ("p", "г. Астана                                                    «___» декабря 2026 г."),
    ("p", "Ответственное лицо Министерства юстиции Республики Казахстан провело обучение по государственной услуге № 00501008 «Государственная регистрация юридических лиц»."),
    ("p", "Подписи: ____________ / ____________"),
    ("p", "Просим согласовать проект, после чего он будет подписан сторонами.")]))
keys(n, [oth(n, "ru")], C("mju", [("00501008", "Государственная регистрация юридических лиц")], "protocol", None, "agree the draft; the signed protocol is still awaited", False))
M(n, "other (draft protocol)", "ru", "docx", "unsigned, undated draft of a training protocol")

# N14 — the blank form returned with a question (the agency attached our template empty)
n = "RE_shablon.eml"
att = docx_bytes([("p", "Приложение 1"), ("t", [HDR_RU, NUMS, ["", "", "", "", "", "", "", ""]]), ("p", "Ф.И.О. ответственного исполнителя ________"), ("p", "Дата: « __ »________ 20__г.")], landscape_=True)
body = "Здравствуйте. Во вложении Ваш шаблон не открывается в редактируемом виде у нас (только чтение). Можете прислать в формате xls? Заполним сразу.\nБекова М.\n"
eml(n, "Bekova Marzhan <m.bekova@almaty-akimat.gov.kz>", "ekc@ekc.gov.kz", "RE: шаблон", "Thu, 03 Dec 2026 12:50:00 +0600", body=body, attachments=[("Prilozhenie_1.docx", att, DOCX_T)])
keys(n, [oth("body", "ru"), oth("Prilozhenie_1.docx", "ru")],
     C("almaty_arh", [("01502007", "Выдача разрешения на строительство объектов")], "information", ("ЕКЦ-2026/4470", "2026-12-03", "Запрос информации"), "send the template as xls; information still awaited", False))
M(n, "other (blank form returned)", "ru", "eml+docx", "the attachment is the empty Appendix 1 template")

# N15 — a Kazakh letter about ЦОН working hours over the holidays (another service provider)
n = "hat_merekeler.pdf"
write(n, pdf_bytes([("p", "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КеАҚ Абай облысы бойынша филиалы"),
    ("p", "Бірыңғай байланыс орталығына ақпарат үшін"),
    ("p", "Жаңа жыл мерекелеріне байланысты 2027 жылғы 1-2 қаңтарда Семей қаласындағы халыққа қызмет көрсету орталықтары кезекші режимде 10:00-ден 16:00-ге дейін жұмыс істейтінін хабарлаймыз. Ветеринариялық анықтамаларды беру (№ 00905010) электрондық түрде egov.kz арқылы үзіліссіз жүзеге асырылады."),
    ("p", "Филиал директоры                          Н. Төлеуов")]))
keys(n, [oth(n, "kk")], C("abai_vet", [("00905010", "Выдача ветеринарной справки")], "consulting", None, "pass to the knowledge base team; not from the agency", False))
M(n, "other (another provider's notice)", "kk", "pdf", "from the State Corporation, not from the agency; names a registry number")

# =====================================================================
# MORE REPLIES
# =====================================================================

# F13 — docx form, columns in another order (8 before 7), and a row continued in a second table row
n = "Приложение_МЮ.docx"
s1 = svc("00501008", "Государственная регистрация юридических лиц",
         "Правила оказания государственной услуги «Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств», утвержденные приказом Министра юстиции Республики Казахстан от 29 мая 2020 года № 66",
         None, "Приказ Министра юстиции Республики Казахстан от 28 октября 2026 года № 915", "www.adilet.gov.kz",
         resp("Есенова Алия Маратовна", "главный эксперт Департамента регистрационной службы", "a.yessenova@adilet-minjust.gov.kz", "+77172740831"))
s2 = svc("00501012", "Апостилирование официальных документов, исходящих из органов юстиции",
         "Правила оказания государственной услуги «Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов, а также нотариусов Республики Казахстан», утвержденные приказом Министра юстиции Республики Казахстан от 28 мая 2020 года № 63",
         None, None, "www.adilet.gov.kz", resp("Есенова Алия Маратовна", "главный эксперт Департамента регистрационной службы", "a.yessenova@adilet-minjust.gov.kz", "+77172740831"))
c8 = "Есенова Алия Маратовна, главный эксперт Департамента регистрационной службы, +7 (7172) 74-08-31, a.yessenova@adilet-minjust.gov.kz"
rows = [["№", "№ в реестре", "Наименование", "Стандарт", "Регламент", "Изменения НПА", "Ответственное лицо (ФИО, должность)", "Интернет-ресурс"],
        ["1", "2", "3", "4", "5", "6", "8", "7"],
        ["1", "00501008", s1["service_name"], s1["standard"], "-", s1["npa_changes"], c8, "www.adilet.gov.kz"],
        ["2", "00501012", "Апостилирование официальных документов,", "Правила оказания государственной услуги «Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов, а также нотариусов", "-", "-", c8, "www.adilet.gov.kz"],
        ["", "", "исходящих из органов юстиции", "Республики Казахстан», утвержденные приказом Министра юстиции Республики Казахстан от 28 мая 2020 года № 63", "", "", "", ""]]
write(n, docx_bytes([("p", "Приложение к письму № 4-12/8650 от 11.12.2026"), ("t", rows),
                     ("p", "Ф.И.О. ответственного исполнителя: Бейсенбаев Т.А."), ("p", "Дата: «11» декабря 2026 г.")], landscape_=True))
keys(n, [{"part": n, "kind": "appendix1_form", "language": "ru", "services": [s1, s2], "executor": {"full_name": "Бейсенбаев Т.А.", "date": "2026-12-11"}}],
     C("mju", [("00501008", "Государственная регистрация юридических лиц"), ("00501012", "Апостилирование")], "information", ("ЕКЦ-2026/4530", "2026-12-08", "Запрос информации"), "record both services", True))
M(n, "appendix1_form", "ru", "docx", "columns 7 and 8 swapped (column-number row shows it); second service continued on a row without №")

# F14 — Kazakh xlsx with ditto marks in Kazakh ('сол сияқты') and a title block above
n = "1-косымша_Шет.xlsx"
nm = ["Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру", "Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу үшін анықтама беру"]
stdk = "«{}» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 28 сәуірдегі № 145 бұйрығымен бекітілген"
rk = resp("Тұрғанбаев Ерназар Қанатұлы", "әкім аппаратының бас маманы", "ernazar.t@karaganda-obl.gov.kz", "87103121455")
sv = [svc("00806015", nm[0], stdk.format(nm[0]), None, None, "shet.karaganda.gov.kz", rk), svc("00806019", nm[1], stdk.format(nm[1]), None, None, "shet.karaganda.gov.kz", rk)]
rows = [["Шет ауданы әкімінің аппараты"], ["Мемлекеттік көрсетілетін қызметтер туралы ақпарат"], [], HDR_KK, NUMS,
        ["1", "00806015", nm[0], stdk.format(nm[0]), "жоқ", "жоқ", "shet.karaganda.gov.kz", "Тұрғанбаев Ерназар Қанатұлы, әкім аппаратының бас маманы, 8 (71031) 2-14-55, ernazar.t@karaganda-obl.gov.kz"],
        ["2", "00806019", nm[1], stdk.format(nm[1]), "жоқ", "жоқ", "сол сияқты", "сол сияқты"], [],
        ["Орындаған: Тұрғанбаев Е.Қ."], ["Күні: 10.12.2026"]]
write(n, xlsx_bytes([("Парақ1", rows, ["A1:H1", "A2:H2"], {"C": 35, "D": 45, "H": 45})]))
keys(n, [{"part": n, "kind": "appendix1_form", "language": "kk", "services": sv, "executor": {"full_name": "Тұрғанбаев Е.Қ.", "date": "2026-12-10"}}],
     C("karag_akim", [("00806015", "Справка о ЛПХ"), ("00806019", "Справка для идентификации животных")], "information", ("ЕКЦ-2026/4505", "2026-12-07", "Ақпарат беру туралы сұрау салу"), "record both services", True))
M(n, "appendix1_form", "kk", "xlsx", "Kazakh ditto 'сол сияқты' in columns 7–8 (key resolves); 'жоқ' → null; title rows above the header")

# F15 — mail with HTML body in Kazakh + signed form docx named .doc (really DOCX)
n = "msg-58841.eml"
s = svc("01603004", "Выдача технических условий на подключение к сетям теплоснабжения",
        "Правила оказания государственной услуги «Выдача технических условий на подключение к сетям теплоснабжения», утвержденные приказом Министра энергетики Республики Казахстан от 20 апреля 2020 года № 150",
        None, None, "mangystau.gov.kz/energy", resp("Утегенова Гульнар Сапаргалиевна", "руководитель отдела тарифной политики", "g.utegenova@mangystau-obl.gov.kz", "+77292301142"))
att = docx_bytes([("t", [HDR_RU, NUMS, ["1", "01603004", s["service_name"], s["standard"], "–", "–", "mangystau.gov.kz/energy",
                   "Утегенова Гульнар Сапаргалиевна / руководитель отдела тарифной политики / +7 (7292) 30-11-42 / g.utegenova@mangystau-obl.gov.kz"]]),
                  ("p", "Ответственный исполнитель: Утегенова Г.С.    «14» декабря 2026 г.")], landscape_=True)
html = "<html><body><p>Қайырлы күн!</p><p>ЕКЦ-2026/4509 сұрауы бойынша толтырылған 1-қосымша қоса беріліп отыр.</p><p>Заполненное Приложение 1 во вложении.</p><p>Утегенова Г.С.</p></body></html>"
eml(n, "Gulnar Utegenova <g.utegenova@mangystau-obl.gov.kz>", "ekc@ekc.gov.kz", "1-қосымша / Приложение 1", "Mon, 14 Dec 2026 17:58:00 +0500", html=html,
    attachments=[("Приложение 1 (УЭиЖКХ).doc", att, "application/msword")])
keys(n, [{"part": "Приложение 1 (УЭиЖКХ).doc", "kind": "appendix1_form", "language": "ru", "services": [s], "executor": {"full_name": "Утегенова Г.С.", "date": "2026-12-14"}}],
     C("mangy_zhkh", [("01603004", "Выдача технических условий")], "information", ("ЕКЦ-2026/4509", "2026-12-07", "Запрос информации"), "record the service", True))
M(n, "appendix1_form", "ru (kk+ru note)", "eml html + .doc that is DOCX", "attachment named .doc but is DOCX; column 8 separated by slashes")

# C6 — revised xlsx table with only changed columns filled
n = "aktualizatsiya_vet.xlsx"
rows = [["Актуализированные сведения (п. 6 Правил)"], ["Дата изменения: 15.12.2026"], HDR_RU,
        [1, "00905010", "Выдача ветеринарной справки", None, None, "Приказ Министра сельского хозяйства Республики Казахстан от 15 декабря 2026 года № 455", None, None],
        [2, "00905012", "Выдача ветеринарного сертификата на перемещаемые объекты", None, None, "Приказ Министра сельского хозяйства Республики Казахстан от 15 декабря 2026 года № 455", None, None],
        [], ["Незаполненные графы без изменений."], ["Исп. Омаров Д.С."]]
write(n, xlsx_bytes([("Изм", rows, ["A1:H1"], {"C": 35, "F": 45})]))
npa = "Приказ Министра сельского хозяйства Республики Казахстан от 15 декабря 2026 года № 455"
keys(n, [{"part": n, "kind": "change_notice", "language": "ru", "change_date": "2026-12-15",
          "services": [{"registry_number": "00905010", "npa_changes": npa, "standard": None, "regulation": None, "website": None},
                       {"registry_number": "00905012", "npa_changes": npa, "standard": None, "regulation": None, "website": None}]}],
     C("abai_vet", [("00905010", "Ветсправка"), ("00905012", "Ветсертификат")], "consulting", None, "record the amending order for both services", True))
M(n, "change_notice", "ru", "xlsx", "a revised Appendix 1 table with only column 6 filled; not a full form")

# C7 — Kazakh txt in windows-1251? no (Kazakh letters) — utf-8 txt, new web address and new standard for one service
n = "ozgeris_00806015.txt"
write(n, """Шет ауданы әкімінің аппараты
2026 жылғы 22 желтоқсан № 07-240

Бірыңғай байланыс орталығына

№ 00806015 «Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру» қызметі бойынша 2026 жылғы 18 желтоқсаннан бастап мына өзгерістер енгізілді:
- интернет-ресурс: https://www.gov.kz/memleket/entities/karaganda-shet
- өзгерістер енгізген НҚА: Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 8 желтоқсандағы № 441 бұйрығы

Жауапты тұлға: Тұрғанбаев Е.Қ.
""")
keys(n, [{"part": n, "kind": "change_notice", "language": "kk", "change_date": "2026-12-18",
          "services": [{"registry_number": "00806015", "website": "https://www.gov.kz/memleket/entities/karaganda-shet",
                        "npa_changes": "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 8 желтоқсандағы № 441 бұйрығы", "standard": None, "regulation": None}]}],
     C("karag_akim", [("00806015", "Справка о ЛПХ")], "consulting", None, "update web address and act changes", True))
M(n, "change_notice", "kk", "txt", "two changed fields as a dash list in Kazakh")

# R9 — Kazakh leave substitution in a mail body, genitive for the new person ('... міндетін ... атқарады')
n = "demalys_kezeni.eml"
body = """Қайырлы күн!

Хабарлаймыз: бас маман Сейітқасымова Ұлжан Болатқызы 2026 жылғы 28 желтоқсан мен 2027 жылғы 22 қаңтар аралығында жыл сайынғы еңбек демалысында болады. Осы кезеңде Бірыңғай байланыс орталығымен жұмыс бойынша жауапты тұлғаның міндетін мектепке дейінгі білім беру бөлімінің жетекші маманы Нұрахметова Сәуле Ғалымқызы атқарады.

Байланыс: +7 (72533) 5-61-30, s.nurakhmetova@turkistan-obl.gov.kz
Қызметтер: 00308003, 00308011.

Құрметпен, басқарма
"""
eml(n, "Bilim Turkistan <bilim@turkistan-obl.gov.kz>", "ekc@ekc.gov.kz", "Уақытша жауапты тұлға", "Wed, 23 Dec 2026 11:11:11 +0500", body=body)
keys(n, [rc("body", "kk", resp("Нұрахметова Сәуле Ғалымқызы", "мектепке дейінгі білім беру бөлімінің жетекші маманы", "s.nurakhmetova@turkistan-obl.gov.kz", "+77253356130"),
            {"full_name": "Сейітқасымова Ұлжан Болатқызы"}, "2026-12-28", ["00308003", "00308011"])],
     C("turk_bilim", [("00308003", "Направление в дошкольные организации"), ("00308011", "Прием документов")], "consulting", None, "set the temporary responsible person", True))
M(n, "responsible_change", "kk", "eml (Cyrillic file name)", "Kazakh leave period given as 'аралығында'; new person in the nominative before the verb")

# R10 — appointment in an HTML table (ФИО | Должность | Телефон | E-mail), Russian, answer to our request
n = "otvetstvennoe_litso.eml"
html = """<html><body><p>На запрос ЕКЦ-2026/4530 сообщаем данные ответственного лица Министерства юстиции:</p>
<table border="1" cellpadding="3"><tr><th>ФИО</th><th>Должность</th><th>Телефон</th><th>E-mail</th><th>Услуги</th></tr>
<tr><td>Есенова Алия Маратовна</td><td>главный эксперт Департамента регистрационной службы</td><td>8 (7172) 74-08-31</td><td>A.Yessenova@adilet-minjust.gov.kz</td><td>00501008, 00501012</td></tr></table>
<p>--<br>Департамент регистрационной службы МЮ РК</p></body></html>"""
eml(n, "DRS Minjust <drs@adilet-minjust.gov.kz>", "ekc@ekc.gov.kz", "Ответственное лицо МЮ РК", "Wed, 09 Dec 2026 15:15:15 +0500", html=html, cte="quoted-printable")
keys(n, [rc("body", "ru", resp("Есенова Алия Маратовна", "главный эксперт Департамента регистрационной службы", "a.yessenova@adilet-minjust.gov.kz", "87172740831"), None, None, ["00501008", "00501012"])],
     C("mju", [("00501008", "Государственная регистрация юридических лиц"), ("00501012", "Апостилирование")], "appointment", ("ЕКЦ-2026/4530", "2026-12-08", "О назначении ответственного лица"), "set the responsible person for both services", True))
M(n, "responsible_change (appointment)", "ru", "eml html-only QP", "appointment as an HTML table, no verb at all; upper-case e-mail")

# R11 — replacement, PDF bilingual, previous named in the dative ('вместо ранее назначенного ...')
n = "Исх_4-12_8990.pdf"
write(n, pdf_bytes([("p", "Исх. № 4-12/8990 от 24.12.2026"), ("p", "РГП «Единый контакт-центр»"),
    ("p", "Министерство юстиции Республики Казахстан уведомляет, что в связи с увольнением ранее назначенной ответственным лицом Есеновой А.М. с 24 декабря 2026 года ответственным лицом по услугам № 00501008 и № 00501012 назначен Бейсенбаев Тимур Аскарович, эксперт Департамента регистрационной службы, тел. +7 (7172) 74-08-36, t.beisenbayev@adilet-minjust.gov.kz."),
    ("p", "Қазақстан Республикасы Әділет министрлігі А.М. Есенованың жұмыстан босатылуына байланысты 2026 жылғы 24 желтоқсаннан бастап жауапты тұлға болып Т.А. Бейсенбаев тағайындалғанын хабарлайды."),
    ("p", "Директор департамента                               Р. Абдыкалыков")]))
keys(n, [rc(n, None, resp("Бейсенбаев Тимур Аскарович", "эксперт Департамента регистрационной службы", "t.beisenbayev@adilet-minjust.gov.kz", "+77172740836"),
            {"full_name": "Есенова А.М."}, "2026-12-24", ["00501008", "00501012"])],
     C("mju", [("00501008", "Государственная регистрация юридических лиц"), ("00501012", "Апостилирование")], "consulting", None, "replace the responsible person permanently", True))
M(n, "responsible_change", "ru+kk", "pdf", "previous person only with initials in the genitive; the temporary substitute of pismo_2112 becomes permanent")

# R12 — short txt, koi8-r: new responsible after reorganisation, no previous named
n = "pismo_koi8.txt"
write(n, """Исх. N 02-07/9410 от 25.12.2026

В Единый контакт-центр

В связи с реорганизацией Управления с 28.12.2026 ответственным лицом по государственной услуге N 01502007 будет главный специалист отдела государственных услуг Абдуллаева Диляра Рустамовна, тел. 8 (727) 271-03-70, d.abdullayeva@almaty-akimat.gov.kz.

Руководитель управления Д. Сейткали
""".encode("koi8-r"))
keys(n, [rc(n, "ru", resp("Абдуллаева Диляра Рустамовна", "главный специалист отдела государственных услуг", "d.abdullayeva@almaty-akimat.gov.kz", "87272710370"), None, "2026-12-28", ["01502007"])],
     C("almaty_arh", [("01502007", "Выдача разрешения на строительство объектов")], "consulting", None, "replace the responsible person", True))
M(n, "responsible_change", "ru", "txt koi8-r", "text file in koi8-r without any label; 'N' instead of '№'")

# X9 — notarial secret (Law 'О нотариате'), Kazakh+Russian mail
n = "Re_4690.eml"
body = """Құрметті әріптестер! / Уважаемые коллеги!

На Ваш запрос ЕКЦ-2026/4690 о предоставлении сведений о совершенных нотариальных действиях по апостилированным документам (услуга 00501012) сообщаем, что такие сведения составляют нотариальную тайну, охраняемую статьей 8 Закона Республики Казахстан «О нотариате», и могут быть представлены только по основаниям, предусмотренным законом.

Бейсенбаев Т.А.
"""
eml(n, "Timur Beisenbayev <t.beisenbayev@adilet-minjust.gov.kz>", "ekc@ekc.gov.kz", "Re: ЕКЦ-2026/4690", "Mon, 28 Dec 2026 10:30:00 +0500", body=body, cte="base64")
keys(n, [rf("body", "ru", "такие сведения составляют нотариальную тайну, охраняемую статьей 8 Закона Республики Казахстан «О нотариате»", "protected_secret", ["00501012"])],
     C("mju", [("00501012", "Апостилирование")], "additional_answer", ("ЕКЦ-2026/4690", "2026-12-23", "О предоставлении сведений"), "record the refusal (notarial secret)", True))
M(n, "refusal", "ru (kk greeting)", "eml base64", "notarial secret under the Law on notaries")

# X10 — not competent, Kazakh, docx: the question belongs to the Ministry of Education
n = "Жауап_4702.docx"
write(n, docx_bytes([("p", "Шет ауданы әкімінің аппараты\n2026 жылғы 28 желтоқсан № 07-251"), ("p", "Бірыңғай байланыс орталығына"),
    ("p", "№ ЕКЦ-2026/4702 хатыңызға жауап: мектепке дейінгі ұйымдарға кезек тәртібі туралы сұрақ аудан әкімі аппаратының құзыретіне кірмейді, өйткені бұл қызметті аудандық білім бөлімі көрсетеді."),
    ("p", "Аппарат басшысы                           Ж. Нұрпейісова")]))
keys(n, [rf(n, "kk", "мектепке дейінгі ұйымдарға кезек тәртібі туралы сұрақ аудан әкімі аппаратының құзыретіне кірмейді", "not_competent")],
     C("karag_akim", [("00806015", "Справка о ЛПХ")], "additional_answer", ("ЕКЦ-2026/4702", "2026-12-24", "Қосымша ақпарат туралы"), "record the refusal and redirect to the district education department", True))
M(n, "refusal", "kk", "docx", "Kazakh not-competent refusal without a registry number")

# P6 — bilingual PDF protocol, services in a table, date as 2026 жылғы «23» желтоқсан
n = "Protokol_Hattama_23122026.pdf"
write(n, pdf_bytes([("p", "ХАТТАМА / ПРОТОКОЛ № 9"), ("p", "2026 жылғы «23» желтоқсан / «23» декабря 2026 года, Ақтау қ. / г. Актау"),
    ("p", "Мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы / о принятии Единым контакт-центром государственной услуги для консультирования"),
    ("t", [["№", "Тізілімдегі № / № в реестре", "Атауы / Наименование"], ["1", "01603004", "Выдача технических условий на подключение к сетям теплоснабжения"]], {"widths": [30, 120, 330]}),
    ("p", "Оқыту өткізілді / Обучение проведено: Утегенова Г.С.\nҚабылдады / Приняли: БКО / ЕКЦ – Ибраева К.Т."),
    ("p", "Қолдар / Подписи: ________  ________")]))
keys(n, [tp(n, None, "2026-12-23", ["01603004"])],
     C("mangy_zhkh", [("01603004", "Выдача технических условий")], "protocol", ("ЕКЦ-2026/4652", "2026-12-18", "О проведении обучения"), "mark the service accepted", True))
M(n, "training_protocol", "kk+ru", "pdf", "bilingual protocol, date given twice in two languages")


# ---------- manifest ----------
with open(P("MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write("# akbota — held-out corpus r3i\n\n")
    f.write("Rebuild: `/tmp/cv-akbota/bin/python make.py` (python-docx, openpyxl, reportlab). Each input has `.expected.json` and `.context.json`.\n")
    f.write("All people, agencies' e-mails, BINs, phones and registry numbers are invented. Dates: Dec 2026.\n\n")
    f.write("Conventions I chose (may be debatable): '-//-', 'то же', 'сол сияқты' are keyed as the value they repeat; a phone with an internal extension is keyed as the main number only; a position written in an oblique case (dative/genitive/accusative) is left out of the key; 'нет', 'жоқ', '-', 'отсутствует', 'не утверждается' in a column → null.\n\n")
    f.write("| file | kind | language | format | what makes it hard |\n|---|---|---|---|---|\n")
    for file, kind, lang, fmt, hard in DOCS:
        f.write(f"| `{file}` | {kind} | {lang} | {fmt} | {hard} |\n")
    f.write(f"\n{len(DOCS)} inputs.\n")
