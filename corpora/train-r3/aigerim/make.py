#!/usr/bin/env python3
"""Generator of aigerim's tuning corpus (train-r3).

    python3 make.py            # rebuilds every document, key, context and MANIFEST.md here

Needs python-docx, openpyxl, reportlab and the DejaVu fonts.  Every letter's text is written
by hand below; the helpers only lay the text out as DOCX / XLSX / PDF / e-mail / plain text.
Deterministic: the same script gives the same documents (docx/xlsx/pdf timestamps aside).
"""
from __future__ import annotations

import base64
import io
import json
import quopri
import sys
from email.header import Header
from pathlib import Path
from urllib.parse import quote

OUT = Path(__file__).resolve().parent
MANIFEST: list[tuple[str, str, str, str, str]] = []
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ----------------------------------------------------------------------------- agencies
AG = {
    "zem_krg": ("Управление земельных отношений Карагандинской области", "kanc@zher.karaganda.gov.kz", "110340012745"),
    "vet_kst": ("Управление ветеринарии акимата Костанайской области", "vet@kostanay-obl.gov.kz", "050240008812"),
    "obr_shym": ("Управление образования города Шымкент", "bilim@shymkent-edu.gov.kz", "180740023319"),
    "arh_zhmb": ("Управление культуры, архивов и документации акимата Жамбылской области", "arhiv@zhambyl-madeniet.gov.kz", "970940001288"),
    "tour": ("Комитет индустрии туризма Министерства туризма и спорта Республики Казахстан", "kit@tourism-sport.gov.kz", "230340031106"),
    "selhoz_trk": ("Управление сельского хозяйства Туркестанской области", "ush@turkistan-agro.gov.kz", "181040015524"),
    "zdrav_akm": ("Управление здравоохранения Акмолинской области", "uz@akmola-densaulyk.gov.kz", "030440007731"),
    "migr": ("Департамент миграционной службы полиции города Астаны", "dms@astana-police.gov.kz", "020340004418"),
    "zher_mng": ("Маңғыстау облысының жер қатынастары басқармасы", "zher@mangystau-zher.gov.kz", "100140006625"),
    "zhumys_alm": ("Алматы қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы", "uzsp@almaty-aleumet.gov.kz", "160240019983"),
    "sport_pvl": ("Павлодар облысының дене шынықтыру және спорт басқармасы", "sport@pavlodar-sport.gov.kz", "110640014472"),
    "ash_kzo": ("Қызылорда облысының ауыл шаруашылығы басқармасы", "agro@kyzylorda-agro.gov.kz", "990140002237"),
    "stroy": ("Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан", "kdsg@mps-stroy.gov.kz", "231140027741"),
    "soc_abai": ("Управление занятости и социальных программ области Абай", "uzsp@abai-aleumet.gov.kz", "220640012203"),
    "arch_pvl": ("Управление архитектуры и градостроительства Павлодарской области", "arch@pavlodar-sauletd.gov.kz", "050140009976"),
    "bilim_akt": ("Ақтөбе облысының білім басқармасы", "bilim@aktobe-bilim.gov.kz", "010240003391"),
    "mo": ("Министерство обороны Республики Казахстан", "kanc@mod-rk.gov.kz", "970640000142"),
    "energy": ("Министерство энергетики Республики Казахстан", "kanc@energo-minrk.gov.kz", "140740020015"),
    "kgd": ("Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd@kgd-minfin.gov.kz", "990740002209"),
    "akimat_kerb": ("Аппарат акима Кербулакского района области Жетісу", "kerbulak@zhetysu-akimat.gov.kz", "011040008863"),
    "predpr_atr": ("Управление предпринимательства и индустриально-инновационного развития Атырауской области", "upiir@atyrau-biz.gov.kz", "070640017794"),
    "transport": ("Комитет транспорта Министерства транспорта Республики Казахстан", "kt@transport-minrk.gov.kz", "230140004456"),
    "ecology": ("Департамент экологии по Восточно-Казахстанской области", "dep@vko-ecology.gov.kz", "081040012239"),
    "nedra": ("Комитет геологии Министерства промышленности и строительства Республики Казахстан", "geology@mps-nedra.gov.kz", "020240002215"),
    "zags_krg": ("Отдел регистрации актов гражданского состояния города Караганды", "zags@karaganda-akimat.gov.kz", "060140011183"),
    "tko": ("Түркістан облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "tabigat@turkistan-tabigat.gov.kz", "190640020057"),
    "densau_zko": ("Батыс Қазақстан облысының денсаулық сақтау басқармасы", "densaulyk@bko-densau.gov.kz", "980240003348"),
    "atyrau_arh": ("Атырау облысының мәдениет, архивтер және құжаттама басқармасы", "madeniet@atyrau-madeniet.gov.kz", "120140022258"),
    "reserve": ("Комитет по государственным материальным резервам Министерства по чрезвычайным ситуациям Республики Казахстан", "kgmr@emer-rezerv.gov.kz", "050740006631"),
    "spam_profi": ("Учебный центр «ПРОФИ-ГОС» (не государственный орган)", "news@profi-gos-kurs.example", "190940031187"),
    "digest": ("Редакция «Закон-Дайджест» (не государственный орган)", "digest@zakon-daily.example", "150340022561"),
    "phish": ("неизвестный отправитель", "admin@mail-gov-kz.example", "000000000000"),
    "ekc": ("Единый контакт-центр", "info@ekc.gov.kz", "000000000000"),
}


def agency(code: str) -> dict:
    n, e, b = AG[code]
    return {"name": n, "email": e, "bin": b}


# ----------------------------------------------------------------------------- keys, contexts
def resp(full_name, position=None, email=None, phone=None, *, keep=("full_name", "position", "email", "phone")):
    d = {"full_name": full_name, "position": position, "email": email, "phone": phone}
    return {k: v for k, v in d.items() if k in keep}


def svc(reg, name, std, regl, npa, web, responsible):
    return {"registry_number": reg, "service_name": name, "standard": std, "regulation": regl,
            "npa_changes": npa, "website": web, "responsible": responsible}


def regs(*numbers):
    return [{"registry_number": n} for n in numbers]


def letter(number, date, subject):
    return {"number": number, "date": date, "subject": subject}


def emit(name, kind, lang, fmt, hard, docs, ag, services, awaiting, our_letter, effect,
         is_reply=True, exit_code=0):
    """Write NAME.expected.json and NAME.context.json and note the manifest line."""
    key = {"exit": exit_code, "documents": docs}
    (OUT / f"{name}.expected.json").write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", "utf-8")
    ctx = {"agency": agency(ag), "services": [{"registry_number": r, "name": n} for r, n in services],
           "awaiting": awaiting, "our_letter": our_letter, "expected_effect": effect, "is_reply": is_reply}
    (OUT / f"{name}.context.json").write_text(json.dumps(ctx, ensure_ascii=False, indent=2) + "\n", "utf-8")
    MANIFEST.append((name, kind, lang, fmt, hard))


def save(name, data: bytes):
    (OUT / name).write_bytes(data)


# ----------------------------------------------------------------------------- plain text
def txt(text: str, enc: str, crlf: bool | None = None) -> bytes:
    if crlf is None:
        crlf = enc in ("cp1251", "cp866", "utf-16", "utf-16-le")
    t = text.replace("\r\n", "\n")
    if crlf:
        t = t.replace("\n", "\r\n")
    if enc == "utf-16":
        return t.encode("utf-16")          # BOM + little endian
    return t.encode(enc)


# ----------------------------------------------------------------------------- e-mail
def hdr(value: str, charset="utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name: str, email: str, charset="utf-8") -> str:
    return f"{hdr(name, charset)} <{email}>" if name else email


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def _body(data_text: str, charset: str, cte: str) -> bytes:
    if cte == "quoted-printable":
        raw = data_text.replace("\r\n", "\n").encode(charset)
        return quopri.encodestring(raw).replace(b"\n", b"\r\n")
    data = data_text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        return _b64(data)
    return data  # 8bit


def text_part(text, subtype="plain", charset="utf-8", cte="base64", label="same", extra=None) -> bytes:
    """A text/* MIME part. label: 'same' -> the real charset; None -> no charset parameter;
    any other string -> that (possibly wrong) label."""
    lab = charset if label == "same" else label
    ct = f"Content-Type: text/{subtype}" + (f'; charset="{lab}"' if lab else "")
    lines = [ct, f"Content-Transfer-Encoding: {cte}"] + (extra or [])
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + _body(text, charset, cte)


def attach_part(filename: str, data: bytes, mime="application/octet-stream", fn="2231") -> bytes:
    try:
        filename.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        ct = f'Content-Type: {mime}; name="{filename}"'
        cd = f'Content-Disposition: attachment; filename="{filename}"'
    elif fn == "2231":
        q = quote(filename.encode("utf-8"), safe="")
        ct = f"Content-Type: {mime}; name*=utf-8''{q}"
        cd = f"Content-Disposition: attachment; filename*=utf-8''{q}"
    else:  # RFC 2047 words inside the quoted parameter, as Outlook does
        enc = Header(filename, "utf-8").encode(maxlinelen=2000)
        ct = f'Content-Type: {mime}; name="{enc}"'
        cd = f'Content-Disposition: attachment; filename="{enc}"'
    head = "\r\n".join([ct, "Content-Transfer-Encoding: base64", cd]) + "\r\n\r\n"
    return head.encode("ascii") + _b64(data)


def multipart(subtype: str, parts: list[bytes], boundary: str, preamble: str = "") -> bytes:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode("ascii")]
    if preamble:
        out.append(preamble.encode("ascii") + b"\r\n")
    for p in parts:
        out.append(f"--{boundary}\r\n".encode("ascii") + p + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(out)


def message(headers: list[tuple[str, str]], top: bytes) -> bytes:
    h = [f"{k}: {v}" for k, v in headers]
    if not any(k.lower() == "mime-version" for k, _ in headers):
        h.append("MIME-Version: 1.0")
    return ("\r\n".join(h) + "\r\n").encode("utf-8") + top


MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MIME_PDF = "application/pdf"


# ----------------------------------------------------------------------------- DOCX
def new_docx(landscape=False, font="Times New Roman", size=12):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, Cm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2 if not landscape else 1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    return d


def para(d, text="", bold=False, align=None, size=None, italic=False, after=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    pp = d.add_paragraph()
    if align:
        pp.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                        "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if after is not None:
        pp.paragraph_format.space_after = Pt(after)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = pp.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return pp


def table(d, rows, widths=None, bold_rows=(), merges=(), size=None, style="Table Grid", center_rows=()):
    """rows: list of lists; None = part of a merged region (left empty)."""
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    nr, nc = len(rows), max(len(r) for r in rows)
    t = d.add_table(rows=nr, cols=nc)
    if style:
        t.style = style
    for (r1, c1), (r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if val is None:
                continue
            cell = t.cell(ri, ci)
            parts = str(val).split("\n")
            cell.text = ""
            p0 = cell.paragraphs[0]
            for k, line in enumerate(parts):
                pp = p0 if k == 0 else cell.add_paragraph()
                run = pp.add_run(line)
                run.bold = ri in bold_rows
                if size:
                    run.font.size = Pt(size)
                if ri in center_rows or ri in bold_rows:
                    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if widths:
        for ri in range(nr):
            for ci, wdt in enumerate(widths):
                if ci < nc:
                    t.cell(ri, ci).width = Cm(wdt)
    return t


def docx_bytes(d) -> bytes:
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


# ----------------------------------------------------------------------------- XLSX
def xl_rows(ws, start_row, rows, wrap=True, border=True, bold=False, size=None, merges=()):
    from openpyxl.styles import Alignment, Border, Side, Font
    thin = Side(style="thin")
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = ws.cell(row=start_row + i, column=1 + j)
            if val is not None:
                c.value = val
            if wrap:
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if border:
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if bold or size:
                c.font = Font(bold=bold, size=size or 11)
    for rng in merges:
        ws.merge_cells(rng)


def xlsx_bytes(wb) -> bytes:
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


# ----------------------------------------------------------------------------- PDF
_PDF_READY = False


def _pdf_fonts():
    global _PDF_READY
    if not _PDF_READY:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
        _PDF_READY = True


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def PP(text, size=9, bold=False, align=0, leading=None):
    from reportlab.platypus import Paragraph
    from reportlab.lib.styles import ParagraphStyle
    _pdf_fonts()
    st = ParagraphStyle("x", fontName="DejaVu-Bold" if bold else "DejaVu", fontSize=size,
                        leading=leading or size * 1.25, alignment=align)
    return Paragraph(_esc(text), st)


def ptable(rows, widths, size=7.5, bold_rows=(0,), spans=(), grid=True):
    """rows of strings (None inside spans); widths in mm."""
    from reportlab.platypus import Table, TableStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    data = [[PP(v, size, bold=(ri in bold_rows), align=1 if ri in bold_rows else 0) if v is not None else ""
             for v in row] for ri, row in enumerate(rows)]
    t = Table(data, colWidths=[w_ * mm for w_ in widths], repeatRows=0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    for (c1, r1), (c2, r2) in spans:
        style.append(("SPAN", (c1, r1), (c2, r2)))
    t.setStyle(TableStyle(style))
    return t


def pdf_bytes(flow, landscape=False, title="") -> bytes:
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.pagesizes import A4, landscape as ls
    from reportlab.lib.units import mm
    _pdf_fonts()
    b = io.BytesIO()
    doc = SimpleDocTemplate(b, pagesize=ls(A4) if landscape else A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=title, author="", creator="")
    doc.build(flow)
    return b.getvalue()


def SP(h=4):
    from reportlab.platypus import Spacer
    from reportlab.lib.units import mm
    return Spacer(1, h * mm)


def kfix(obj, enc="koi8-r"):
    """What a koi8-r / cp866 sender's text becomes: characters the code page lacks replaced."""
    if isinstance(obj, dict):
        return {k: kfix(v, enc) for k, v in obj.items()}
    if isinstance(obj, list):
        return [kfix(v, enc) for v in obj]
    if not isinstance(obj, str):
        return obj
    out = []
    for ch in obj:
        try:
            ch.encode(enc)
            out.append(ch)
        except UnicodeEncodeError:
            out.append({"№": "N", "«": '"', "»": '"', "–": "-", "—": "-", "“": '"', "”": '"', "\u00a0": " "}.get(ch, "?"))
    return "".join(out)


# ============================================================================= documents
BUILDERS = []


def doc(fn):
    BUILDERS.append(fn)
    return fn


# ============================================================================= appendix1_form
HDR_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
          "Стандарт государственной услуги (с указанием его реквизитов)",
          "Регламент государственной услуги (с указанием его реквизитов)",
          "Изменения нормативных правовых актов",
          "Интернет-ресурс, на котором размещена информация о государственной услуге",
          "Фамилия, имя, отчество, должность ответственного лица"]
HDR_KK = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі",
          "Мемлекеттік көрсетілетін қызметтің атауы",
          "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетіле отырып)",
          "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетіле отырып)",
          "Нормативтік құқықтық актілерге енгізілген өзгерістер",
          "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
          "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
NUMS = ["1", "2", "3", "4", "5", "6", "7", "8"]
W8 = [1.0, 2.2, 3.6, 4.6, 4.6, 3.4, 3.0, 4.3]


@doc
def f01():
    name = "a1-01-zem-karaganda.docx"
    s1 = svc("00201014", "Выдача разрешения на использование земельного участка для изыскательских работ",
             "Стандарт государственной услуги «Выдача разрешения на использование земельного участка для изыскательских работ», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2026 года № 301",
             "Регламент государственной услуги «Выдача разрешения на использование земельного участка для изыскательских работ», утвержденный постановлением акимата Карагандинской области от 17 ноября 2026 года № 64/02",
             None, "https://www.gov.kz/memleket/entities/karaganda-zher",
             resp("Жаксылыкова Асель Муратовна", "главный специалист отдела земельного кадастра",
                  "a.zhaksylykova@zher.karaganda.gov.kz", "8 (7212) 41-22-37"))
    s2 = svc("00201027", "Приобретение прав на земельные участки, которые находятся в государственной собственности, не требующее проведения торгов (конкурсов, аукционов)",
             "Стандарт государственной услуги «Приобретение прав на земельные участки, которые находятся в государственной собственности, не требующее проведения торгов (конкурсов, аукционов)», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2026 года № 301",
             "Регламент государственной услуги «Приобретение прав на земельные участки, которые находятся в государственной собственности, не требующее проведения торгов (конкурсов, аукционов)», утвержденный постановлением акимата Карагандинской области от 17 ноября 2026 года № 64/03",
             "Приказ Министра сельского хозяйства Республики Казахстан от 12 января 2027 года № 9 «О внесении изменений в приказ Министра сельского хозяйства Республики Казахстан от 1 октября 2026 года № 301»",
             "https://www.gov.kz/memleket/entities/karaganda-zher",
             resp("Ермеков Данияр Сакенович", "руководитель отдела предоставления земельных участков",
                  "d.ermekov@zher.karaganda.gov.kz", "+7 (7212) 41-18-02"))
    d = new_docx(landscape=True, size=11)
    para(d, "Приложение к письму\nот 14.01.2027 № 04-12/118", align="r", size=10)
    para(d, "Информация о государственных услугах, оказываемых\nУправлением земельных отношений Карагандинской области", bold=True, align="c")
    rows = [HDR_RU, NUMS,
            ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "-", s1["website"],
             "Жаксылыкова Асель Муратовна, главный специалист отдела земельного кадастра, тел. 8 (7212) 41-22-37, вн. 1204, e-mail: a.zhaksylykova@zher.karaganda.gov.kz"],
            ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], s2["npa_changes"], s2["website"],
             "Ермеков Данияр Сакенович, руководитель отдела предоставления земельных участков, тел. +7 (7212) 41-18-02 (вн. 1110), D.Ermekov@zher.karaganda.gov.kz"]]
    table(d, rows, widths=W8, bold_rows=(0,), center_rows=(1,), size=9)
    para(d, "")
    para(d, "Ф.И.О. ответственного исполнителя: Омарова Сауле Кенесовна")
    para(d, "Дата: « 14 » января 2027 г.")
    save(name, docx_bytes(d))
    emit(name, "appendix1_form", "ru", "docx", "landscape form, column-number row, extension 'вн. 1204' and '(вн. 1110)' after the phone, e-mail in mixed case",
         [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
           "executor": {"full_name": "Омарова Сауле Кенесовна", "date": "2027-01-14"}}],
         "zem_krg", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/031", "2027-01-06", "О представлении информации по государственным услугам"),
         "store the Appendix 1 information for both services and move them to training")


@doc
def f02():
    name = "a1-02-vet-kostanay-ditto.docx"
    web = "www.gov.kz/memleket/entities/kostanay-vet"
    npa = "Приказ Министра сельского хозяйства Республики Казахстан от 20 января 2027 года № 18 «О внесении изменений в некоторые приказы Министра сельского хозяйства Республики Казахстан»"
    r1 = resp("Нургалиева Гульмира Ахметовна", "главный ветеринарный врач отдела ветеринарно-санитарного контроля",
              "g.nurgalieva@kostanay-obl.gov.kz", "8 (7142) 50-31-44")
    r3 = resp("Петренко Олег Николаевич", "ведущий специалист отдела ветеринарно-санитарного контроля",
              "o.petrenko@kostanay-obl.gov.kz", "8 (7142) 50-31-47")
    names = [("00805003", "Выдача ветеринарного паспорта на животное"),
             ("00805004", "Выдача ветеринарной справки"),
             ("00805011", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты")]
    regl_no = ["512", "513", "514"]
    ss = []
    for (rn, nm), rno, rr in zip(names, regl_no, [r1, r1, r3]):
        ss.append(svc(rn, nm,
                      f"Стандарт государственной услуги «{nm}», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 7 сентября 2026 года № 277",
                      f"Регламент государственной услуги «{nm}», утвержденный постановлением акимата Костанайской области от 3 декабря 2026 года № {rno}",
                      npa, web, rr))
    d = new_docx(landscape=True, size=10)
    para(d, "Форма", align="r")
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    c8a = "Нургалиева Гульмира Ахметовна – главный ветеринарный врач отдела ветеринарно-санитарного контроля, 8 (7142) 50-31-44, g.nurgalieva@kostanay-obl.gov.kz"
    c8c = "Петренко Олег Николаевич – ведущий специалист отдела ветеринарно-санитарного контроля, 8 (7142) 50-31-47, o.petrenko@kostanay-obl.gov.kz"
    rows = [HDR_RU, NUMS,
            ["1", ss[0]["registry_number"], ss[0]["service_name"], ss[0]["standard"], ss[0]["regulation"], npa, web, c8a],
            ["2", ss[1]["registry_number"], ss[1]["service_name"], ss[1]["standard"], ss[1]["regulation"], "-//-", "-//-", "-//-"],
            ["3", ss[2]["registry_number"], ss[2]["service_name"], ss[2]["standard"], ss[2]["regulation"], "-//-", "-//-", c8c]]
    table(d, rows, widths=W8, bold_rows=(0,), center_rows=(1,), size=8)
    para(d, "")
    para(d, "Исп. Карабаева Жанна Оразовна, тел. 50-31-40", size=9)
    para(d, "21.01.2027", size=9)
    save(name, docx_bytes(d))
    emit(name, "appendix1_form", "ru", "docx", "ditto marks '-//-' in columns 6, 7 and 8 must repeat the row above; executor line abbreviated 'Исп.' with a phone, date alone on the next line",
         [{"part": name, "kind": "appendix1_form", "language": "ru", "services": ss,
           "executor": {"full_name": "Карабаева Жанна Оразовна", "date": "2027-01-21"}}],
         "vet_kst", names, "information", letter("ЕКЦ-2027/044", "2027-01-13", "Запрос о предоставлении информации о государственных услугах"),
         "store the Appendix 1 information for the three veterinary services")


@doc
def f03():
    name = "a1-03-obrazovanie-shymkent.docx"
    s = svc("00401003", "Прием документов и зачисление детей в дошкольные организации образования",
            "Стандарт государственной услуги «Прием документов и зачисление детей в дошкольные организации образования», утвержденный приказом Министра просвещения Республики Казахстан от 31 августа 2026 года № 221",
            "Регламент государственной услуги «Прием документов и зачисление детей в дошкольные организации образования», утвержденный постановлением акимата города Шымкент от 5 октября 2026 года № 640",
            None, "www.shymkent-edu.gov.kz",
            resp("Абдрахманова Динара Серикбаевна", "главный специалист отдела дошкольного образования",
                 "d.abdrakhmanova@shymkent-edu.gov.kz", "8 (7252) 53-07-19"))
    d = new_docx(landscape=False, size=10)
    para(d, "ШЫМКЕНТ ҚАЛАСЫНЫҢ БІЛІМ БАСҚАРМАСЫ\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ ГОРОДА ШЫМКЕНТ", bold=True, align="c", size=11)
    para(d, "160012, г. Шымкент, ул. Тауке хана, 42, тел. 8 (7252) 53-07-00", align="c", size=8)
    para(d, "Информация по государственной услуге (по форме приложения 1 к Правилам взаимодействия)", bold=True, align="c")
    c8 = ("ФИО: Абдрахманова Динара Серикбаевна\nДолжность: главный специалист отдела дошкольного образования\n"
          "Тел.: 8 (7252) 53-07-19\nE-mail: d.abdrakhmanova@shymkent-edu.gov.kz")
    rows = [HDR_RU, ["1", s["registry_number"], s["service_name"], s["standard"], s["regulation"], "", s["website"], c8]]
    table(d, rows, widths=[0.8, 1.6, 2.2, 2.6, 2.6, 1.6, 1.8, 3.2], bold_rows=(0,), size=8)
    para(d, "")
    para(d, "Ответственный исполнитель: Турсынбаев Ерболат Кайратович", size=10)
    para(d, "« 9 » февраля 2027 г.", size=10)
    save(name, docx_bytes(d))
    emit(name, "appendix1_form", "ru", "docx", "portrait form without the column-number row; column 8 split over labelled lines 'ФИО:', 'Должность:', 'Тел.:', 'E-mail:'; empty column 6; bilingual letterhead",
         [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [s],
           "executor": {"full_name": "Турсынбаев Ерболат Кайратович", "date": "2027-02-09"}}],
         "obr_shym", [(s["registry_number"], s["service_name"])], "information",
         letter("ЕКЦ-2027/087", "2027-02-02", "О представлении информации по форме приложения 1"),
         "store the Appendix 1 information for the pre-school enrolment service")


@doc
def f04():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    name = "a1-04-arhiv-zhambyl.xlsx"
    ra = resp("Садыкова Жанар Бейсеновна", "руководитель отдела использования документов",
              "arhiv.sadykova@zhambyl-madeniet.gov.kz", "8 (7262) 43-15-60")
    rc = resp("Оспанов Тимур Болатович", "главный архивист", "t.ospanov@zhambyl-madeniet.gov.kz", "8 (7262) 43-15-64")
    items = [("00703002", "Выдача архивных справок", "27", "91"),
             ("00703005", "Выдача копий архивных документов", "27", "92"),
             ("00703009", "Выдача архивных справок о трудовом стаже", "27", "93")]
    ss = [svc(rn, nm,
              f"Стандарт государственной услуги «{nm}», утвержденный приказом Министра культуры и информации Республики Казахстан от {dd} октября 2026 года № 415",
              f"Регламент государственной услуги «{nm}», утвержденный постановлением акимата Жамбылской области от 19 декабря 2026 года № {rg}",
              None, "www.zhambyl-madeniet.gov.kz", r)
          for (rn, nm, dd, rg), r in zip(items, [ra, ra, rc])]
    ss[2]["npa_changes"] = "Приказ Министра культуры и информации Республики Казахстан от 25 января 2027 года № 30 «О внесении изменения в приказ от 27 октября 2026 года № 415»"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма"
    ws["A1"] = "Информация о государственных услугах Управления культуры, архивов и документации акимата Жамбылской области"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = Alignment(horizontal="center", wrap_text=True)
    xl_rows(ws, 3, [HDR_RU], bold=True)
    xl_rows(ws, 4, [[int(n) for n in NUMS]])
    c8a = "Садыкова Жанар Бейсеновна, руководитель отдела использования документов, тел.: 8 (7262) 43-15-60, 8 701 345 67 89, arhiv.sadykova@zhambyl-madeniet.gov.kz"
    c8c = "Оспанов Тимур Болатович, главный архивист, тел. 8 (7262) 43-15-64; сот. +7 777 218 40 55; t.ospanov@zhambyl-madeniet.gov.kz"
    body = []
    for i, (s, c8) in enumerate(zip(ss, [c8a, c8a, c8c]), 1):
        body.append([i, s["registry_number"], s["service_name"], s["standard"], s["regulation"],
                     s["npa_changes"] or "-", s["website"], c8])
    xl_rows(ws, 5, body)
    for col, wdt in zip("ABCDEFGH", [5, 12, 24, 40, 40, 30, 22, 36]):
        ws.column_dimensions[col].width = wdt
    ws["B10"] = "Ф.И.О. ответственного исполнителя:"
    ws["D10"] = "Оспанов Тимур Болатович"
    ws["B11"] = "Дата:"
    ws["D11"] = "02.02.2027"
    ws.row_dimensions[3].height = 75
    save(name, xlsx_bytes(wb))
    emit(name, "appendix1_form", "ru", "xlsx", "merged title row, numeric column-number row, two phones in column 8 (office and mobile), executor label and value in different cells",
         [{"part": name, "kind": "appendix1_form", "language": "ru", "services": ss,
           "executor": {"full_name": "Оспанов Тимур Болатович", "date": "2027-02-02"}}],
         "arh_zhmb", [(s["registry_number"], s["service_name"]) for s in ss], "information",
         letter("ЕКЦ-2027/072", "2027-01-26", "О представлении информации о государственных услугах"),
         "store the Appendix 1 information for three archive services")


@doc
def f05():
    name = "a1-05-turizm-sideways.docx"
    s = svc("00904011", "Выдача лицензии на занятие туристской операторской деятельностью (туроператорская деятельность)",
            "Стандарт государственной услуги «Выдача лицензии на занятие туристской операторской деятельностью (туроператорская деятельность)», утвержденный приказом Министра туризма и спорта Республики Казахстан от 16 сентября 2026 года № 204",
            "Регламент государственной услуги «Выдача лицензии на занятие туристской операторской деятельностью (туроператорская деятельность)», утвержденный приказом Председателя Комитета индустрии туризма от 4 ноября 2026 года № 77-НҚ",
            None, "www.gov.kz/memleket/entities/tourism, www.elicense.kz",
            resp("Мукашева Лаура Ерлановна", "эксперт Управления лицензирования туристской деятельности",
                 "l.mukasheva@tourism-sport.gov.kz", "+7 (7172) 74-12-90"))
    d = new_docx(size=11)
    para(d, "КОМИТЕТ ИНДУСТРИИ ТУРИЗМА\nМИНИСТЕРСТВА ТУРИЗМА И СПОРТА РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c")
    para(d, "Сведения о государственной услуге\n(приложение 1 к Правилам взаимодействия Единого контакт-центра)", align="c")
    rows = [["Наименование показателя", "Сведения"],
            ["№ п/п", "1"],
            ["№ государственной услуги в реестре", s["registry_number"]],
            ["Наименование государственной услуги", s["service_name"]],
            ["Стандарт государственной услуги (с указанием его реквизитов)", s["standard"]],
            ["Регламент государственной услуги (с указанием его реквизитов)", s["regulation"]],
            ["Изменения нормативных правовых актов", "—"],
            ["Интернет-ресурс, на котором размещена информация о государственной услуге", "https://www.gov.kz/memleket/entities/tourism, https://www.elicense.kz"],
            ["Фамилия, имя, отчество, должность ответственного лица",
             "Мукашева Лаура Ерлановна, эксперт Управления лицензирования туристской деятельности, +7 (7172) 74-12-90, l.mukasheva@tourism-sport.gov.kz"]]
    table(d, rows, widths=[6.0, 11.0], bold_rows=(0,), size=10)
    para(d, "")
    para(d, "Ф.И.О. ответственного исполнителя: Кайратов Нурсултан Асетович")
    para(d, "Дата: « 27 » января 2027 г.")
    save(name, docx_bytes(d))
    emit(name, "appendix1_form", "ru", "docx", "form turned on its side: one service as a two-column 'field | value' table; two web addresses in column 7; a dash '—' in column 6",
         [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [s],
           "executor": {"full_name": "Кайратов Нурсултан Асетович", "date": "2027-01-27"}}],
         "tour", [(s["registry_number"], s["service_name"])], "information",
         letter("ЕКЦ-2027/058", "2027-01-20", "О представлении информации по государственной услуге"),
         "store the Appendix 1 information for the tour-operator licence")


@doc
def f06():
    name = "a1-06-selhoz-turkestan.pdf"
    std = "Приказ Министра сельского хозяйства Республики Казахстан от 8 февраля 2027 года № 41 «Об утверждении стандартов государственных услуг в сфере растениеводства»"
    r = resp("Абдуллаев Бахтияр Рустамович", "руководитель отдела растениеводства", "b.abdullaev@turkistan-agro.gov.kz", "8 (72533) 6-14-25")
    s1 = svc("00303021", "Субсидирование стоимости удобрений (за исключением органических)", std,
             "Постановление акимата Туркестанской области от 1 марта 2027 года № 112", None, "www.turkistan-agro.gov.kz", r)
    s2 = svc("00303024", "Субсидирование стоимости пестицидов, биоагентов (энтомофагов)", std,
             "Постановление акимата Туркестанской области от 1 марта 2027 года № 113", None, "www.turkistan-agro.gov.kz", r)
    c8 = "Абдуллаев Бахтияр Рустамович, руководитель отдела растениеводства, тел. 8 (72533) 6-14-25, b.abdullaev@turkistan-agro.gov.kz"
    rows = [HDR_RU, NUMS,
            ["1", s1["registry_number"], s1["service_name"], std, s1["regulation"], "–", s1["website"], c8],
            ["2", s2["registry_number"], s2["service_name"], "то же", s2["regulation"], "–", "то же", "то же"]]
    flow = [PP("Приложение 1 к письму Управления сельского хозяйства Туркестанской области от 10.03.2027 № 07-2/311", 8, align=2),
            SP(3), PP("Запрос о предоставлении информации о государственной услуге", 11, bold=True, align=1), SP(4),
            ptable(rows, [8, 20, 32, 42, 38, 16, 42, 66], size=7, bold_rows=(0,)), SP(6),
            PP("Исполнитель: Тажибаева Мөлдір Ғаниқызы", 9), PP("Дата: « 10 » марта 2027 г.", 9)]
    save(name, pdf_bytes(flow, landscape=True, title="Форма ЕКЦ"))
    emit(name, "appendix1_form", "ru", "pdf", "ruled PDF table; 'то же' ditto marks in columns 4, 7 and 8 of the second row; a dash '–' in column 6; standard given as a bare order",
         [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
           "executor": {"full_name": "Тажибаева Мөлдір Ғаниқызы", "date": "2027-03-10"}}],
         "selhoz_trk", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/152", "2027-03-02", "О представлении информации по субсидиям"),
         "store the Appendix 1 information for both subsidy services")


@doc
def f07():
    name = "a1-07-zdrav-akmola-merged.docx"
    s1 = svc("01001006", "Выдача лицензии на медицинскую деятельность",
             "Стандарт государственной услуги «Выдача лицензии на медицинскую деятельность», утв. приказом Министра здравоохранения РК от 30 ноября 2026 года № ҚР ДСМ-118",
             "Регламент государственной услуги «Выдача лицензии на медицинскую деятельность», утв. постановлением акимата Акмолинской области от 14 января 2027 года № А-1/15",
             None, "https://www.gov.kz/memleket/entities/aqmola-densaulyq",
             resp("Жумабекова Айгуль Маратовна", "главный специалист отдела лицензирования",
                  "zhumabekova.a@akmola-densaulyk.gov.kz", "8 (7162) 29-41-07"))
    s2 = svc("01001015", "Выдача лицензии на фармацевтическую деятельность",
             "Стандарт государственной услуги «Выдача лицензии на фармацевтическую деятельность», утв. приказом Министра здравоохранения РК от 30 ноября 2026 года № ҚР ДСМ-118",
             "Регламент государственной услуги «Выдача лицензии на фармацевтическую деятельность», утв. постановлением акимата Акмолинской области от 14 января 2027 года № А-1/16",
             "Приказ Министра здравоохранения Республики Казахстан от 11 февраля 2027 года № ҚР ДСМ-21 «О внесении изменения в приказ Министра здравоохранения Республики Казахстан от 30 ноября 2026 года № ҚР ДСМ-118»",
             "https://www.gov.kz/memleket/entities/aqmola-densaulyq",
             resp("Смагулов Рустем Ерланович", "главный специалист отдела лицензирования фармацевтической деятельности",
                  "r.smagulov@akmola-densaulyk.gov.kz", "8 (7162) 29-41-12"))
    d = new_docx(landscape=True, size=10)
    para(d, "Информация о государственных услугах в сфере здравоохранения", bold=True, align="c")
    rows = [["№ п/п", "Государственная услуга", None, "Реквизиты нормативных правовых актов", None, None,
             "Интернет-ресурс, на котором размещена информация", "Ответственное лицо (Ф.И.О., должность)"],
            [None, "№ в реестре", "наименование", "стандарт", "регламент", "изменения НПА", None, None],
            NUMS]
    for i, (s, c8) in enumerate([(s1, "Жумабекова Айгуль Маратовна, главный специалист отдела лицензирования, тел. 8 (7162) 29-41-07, zhumabekova.a@akmola-densaulyk.gov.kz"),
                                 (s2, "Смагулов Рустем Ерланович, главный специалист отдела лицензирования фармацевтической деятельности, 8 (7162) 29-41-12, r.smagulov@akmola-densaulyk.gov.kz")], 1):
        rows.append([str(i), s["registry_number"], s["service_name"], s["standard"], s["regulation"],
                     s["npa_changes"] or "", s["website"], c8])
    merges = [((0, 0), (1, 0)), ((0, 1), (0, 2)), ((0, 3), (0, 5)), ((0, 6), (1, 6)), ((0, 7), (1, 7))]
    table(d, rows, widths=W8, bold_rows=(0, 1), center_rows=(2,), merges=merges, size=8)
    para(d, "")
    para(d, "Исполнитель: Жумабекова А.М., тел. 29-41-07", size=9)
    para(d, "Дата: 18.02.2027", size=9)
    save(name, docx_bytes(d))
    emit(name, "appendix1_form", "ru", "docx", "header split over two rows with merged group cells ('Государственная услуга', 'Реквизиты НПА'); order numbers with Kazakh letters (ҚР ДСМ-118); executor given by initials",
         [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
           "executor": {"full_name": "Жумабекова А.М.", "date": "2027-02-18"}}],
         "zdrav_akm", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/101", "2027-02-10", "О представлении информации о государственных услугах"),
         "store the Appendix 1 information for both licences")


@doc
def f08():
    name = "a1-08-migr-attach-1251.eml"
    att = "Приложение 1.docx"
    s1 = svc("01601003", "Регистрация по месту жительства граждан Республики Казахстан",
             "Стандарт государственной услуги «Регистрация по месту жительства граждан Республики Казахстан», утвержденный приказом Министра внутренних дел Республики Казахстан от 20 августа 2026 года № 588",
             "Регламент государственной услуги «Регистрация по месту жительства граждан Республики Казахстан», утвержденный приказом Министра внутренних дел Республики Казахстан от 2 октября 2026 года № 701",
             None, "www.egov.kz",
             resp("Байжанов Алмас Ерланович", "старший инспектор отдела регистрационной работы",
                  "a.baizhanov@astana-police.gov.kz", "8 (7172) 71-52-00"))
    s2 = svc("01601012", "Выдача разрешений на временное проживание иностранцам и лицам без гражданства",
             "Стандарт государственной услуги «Выдача разрешений на временное проживание иностранцам и лицам без гражданства», утвержденный приказом Министра внутренних дел Республики Казахстан от 20 августа 2026 года № 588",
             "Регламент государственной услуги «Выдача разрешений на временное проживание иностранцам и лицам без гражданства», утвержденный приказом Министра внутренних дел Республики Казахстан от 2 октября 2026 года № 702",
             "Приказ Министра внутренних дел Республики Казахстан от 9 января 2027 года № 12 «О внесении изменений в приказ Министра внутренних дел Республики Казахстан от 20 августа 2026 года № 588»",
             "www.egov.kz",
             resp("Касенова Индира Жанатовна", "инспектор отдела по работе с иностранцами",
                  "i.kasenova@astana-police.gov.kz", "8 (7172) 71-52-00"))
    d = new_docx(landscape=True, size=10)
    para(d, "Приложение 1", align="r")
    para(d, "ЗАПРОС О ПРЕДОСТАВЛЕНИИ ИНФОРМАЦИИ О ГОСУДАРСТВЕННОЙ УСЛУГЕ", bold=True, align="c")
    rows = [HDR_RU, NUMS,
            ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "", "www.egov.kz",
             "Байжанов Алмас Ерланович, старший инспектор отдела регистрационной работы, тел. 8 (7172) 71-52-00 вн. 2231, a.baizhanov@astana-police.gov.kz"],
            ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], s2["npa_changes"], "www.egov.kz",
             "Касенова Индира Жанатовна, инспектор отдела по работе с иностранцами, тел. 8 (7172) 71-52-00 вн. 2245, i.kasenova@astana-police.gov.kz"]]
    table(d, rows, widths=W8, bold_rows=(0,), center_rows=(1,), size=8)
    para(d, "")
    para(d, "Исполнитель: Байжанов Алмас Ерланович")
    para(d, "Дата: « 22 » февраля 2027 г.")
    body = ("Добрый день!\n\nВо исполнение Вашего письма от 15.02.2027 № ЕКЦ-2027/118 направляем сведения "
            "по государственным услугам по форме приложения 1 (во вложении).\n\n"
            "По возникающим вопросам просьба обращаться по телефону 71-52-00 (вн. 2231).\n\n"
            "С уважением,\nБайжанов Алмас\nстарший инспектор ОРР ДМС г. Астаны\n")
    top = multipart("mixed", [text_part(body, "plain", "cp1251", "base64", label="windows-1251"),
                              attach_part(att, docx_bytes(d), MIME_DOCX, fn="2231")], "----=_NextPart_000_0012_01DB6A1C")
    raw = message([("From", addr("Байжанов Алмас Ерланович", "a.baizhanov@astana-police.gov.kz", "windows-1251")),
                   ("To", "info@ekc.gov.kz"),
                   ("Subject", hdr("Ответ на исх. ЕКЦ-2027/118 (приложение 1)", "windows-1251")),
                   ("Date", "Mon, 22 Feb 2027 16:41:09 +0500"),
                   ("Message-ID", "<000c01db6a1c$4f2e1a30$ed8a4e90$@astana-police.gov.kz>"),
                   ("X-Mailer", "Microsoft Outlook 16.0")], top)
    save(name, raw)
    emit(name, "appendix1_form", "ru", "eml", "windows-1251 covering note, form in a DOCX attachment with a Cyrillic RFC 2231 file name; extensions 'вн. 2231'/'вн. 2245' after one shared phone",
         [{"part": att, "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
           "executor": {"full_name": "Байжанов Алмас Ерланович", "date": "2027-02-22"}}],
         "migr", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/118", "2027-02-15", "О представлении информации по государственным услугам"),
         "store the Appendix 1 information from the attachment")


@doc
def f09():
    name = "a1-09-transport-columns-swapped.docx"
    s1 = svc("00302017", "Выдача лицензии на осуществление деятельности по перевозке опасных грузов автомобильным транспортом",
             "Стандарт государственной услуги, утвержденный приказом Министра транспорта Республики Казахстан от 23 июля 2026 года № 190",
             "Регламент государственной услуги, утвержденный приказом Председателя Комитета транспорта от 30 сентября 2026 года № 56-п",
             None, "www.gov.kz/memleket/entities/transport",
             resp("Искаков Ержан Муратович", "главный эксперт управления автомобильного транспорта", "e.iskakov@transport-minrk.gov.kz", "8 (7172) 75-43-18"))
    s2 = svc("00302021", "Выдача удостоверения допуска к международным автомобильным перевозкам грузов",
             "Стандарт государственной услуги, утвержденный приказом Министра транспорта Республики Казахстан от 23 июля 2026 года № 191",
             "Регламент государственной услуги, утвержденный приказом Председателя Комитета транспорта от 30 сентября 2026 года № 57-п",
             "Приказ Министра транспорта Республики Казахстан от 3 февраля 2027 года № 22 «О внесении изменений в приказ от 23 июля 2026 года № 191»",
             "www.gov.kz/memleket/entities/transport",
             resp("Ли Виктория Сергеевна", "эксперт управления международных перевозок", "v.li@transport-minrk.gov.kz", "8 (7172) 75-43-26"))
    d = new_docx(landscape=True, size=10)
    para(d, "Сведения о государственных услугах Комитета транспорта МТ РК для Единого контакт-центра", bold=True, align="c")
    hdr_ = ["№", "Наименование государственной услуги", "№ услуги в Реестре государственных услуг",
            "Ф.И.О., должность ответственного лица", "Стандарт государственной услуги (реквизиты)",
            "Регламент государственной услуги (реквизиты)", "Изменения НПА", "Интернет-ресурс"]
    rows = [hdr_, ["1", "3", "2", "8", "4", "5", "6", "7"],
            ["1.", s1["service_name"], s1["registry_number"],
             "Искаков Ержан Муратович\nглавный эксперт управления автомобильного транспорта\n8 (7172) 75-43-18\ne.iskakov@transport-minrk.gov.kz",
             s1["standard"], s1["regulation"], "-", s1["website"]],
            ["2.", s2["service_name"], s2["registry_number"],
             "Ли Виктория Сергеевна\nэксперт управления международных перевозок\n8 (7172) 75-43-26\nv.li@transport-minrk.gov.kz",
             s2["standard"], s2["regulation"], s2["npa_changes"], s2["website"]]]
    table(d, rows, widths=[0.9, 3.6, 2.2, 4.3, 4.4, 4.4, 3.4, 3.0], bold_rows=(0,), center_rows=(1,), size=8)
    para(d, "")
    para(d, "Ф.И.О. ответственного исполнителя: Искаков Е.М.\nДата: «03» марта 2027 г.", size=10)
    save(name, docx_bytes(d))
    emit(name, "appendix1_form", "ru", "docx", "columns in another order (name before registry number, column 8 fourth) with the column-number row '1 3 2 8 4 5 6 7'; column 8 over four lines without labels; Korean surname Ли",
         [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
           "executor": {"full_name": "Искаков Е.М.", "date": "2027-03-03"}}],
         "transport", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/140", "2027-02-24", "О представлении информации о государственных услугах"),
         "store the Appendix 1 information for both transport services")


def _h(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_table(rows, style="outlook", head_rows=1):
    """Render rows as an HTML table in one of a few house styles."""
    out = []
    if style == "outlook":
        out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>")
        for ri, row in enumerate(rows):
            out.append("<tr>")
            for v in row:
                inner = "<br>\n".join(_h(x) for x in str(v).split("\n"))
                b1, b2 = ("<b>", "</b>") if ri < head_rows else ("", "")
                out.append(f"<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                           f"<p class=MsoNormal>{b1}<span style='font-size:9.0pt'>{inner}</span>{b2}<o:p></o:p></p></td>")
            out.append("</tr>")
        out.append("</table>")
    elif style == "web":
        out.append('<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:12px">')
        for ri, row in enumerate(rows):
            tag = "th" if ri < head_rows else "td"
            out.append("<tr>" + "".join(f"<{tag}>{'<br/>'.join(_h(x) for x in str(v).split(chr(10)))}</{tag}>" for v in row) + "</tr>")
        out.append("</table>")
    else:  # bare
        out.append("<TABLE BORDER=1>")
        for row in rows:
            out.append("<TR>" + "".join(f"<TD>{_h(str(v))}</TD>" for v in row) + "</TR>")
        out.append("</TABLE>")
    return "\n".join(out)


OUTLOOK_HEAD = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
                "<meta http-equiv=Content-Type content=\"text/html; charset={cs}\">\n"
                "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n"
                "p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}}\n"
                "@page WordSection1 {{size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}}\n"
                "div.WordSection1 {{page:WordSection1;}}\n--></style>\n</head>\n<body lang=RU link=\"#0563C1\" vlink=\"#954F72\">\n"
                "<div class=WordSection1>\n")
OUTLOOK_TAIL = "\n</div>\n</body>\n</html>\n"


def mso_p(text):
    return "\n".join(f"<p class=MsoNormal>{_h(line) if line else '&nbsp;'}<o:p></o:p></p>" for line in text.split("\n"))


@doc
def f10():
    name = "a1-10-zher-mangystau-kk.docx"
    s1 = svc("00201014", "Изыскательтік жұмыстарға жер учаскесін пайдалануға рұқсат беру",
             "«Изыскательтік жұмыстарға жер учаскесін пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 1 қазандағы № 301 бұйрығымен бекітілген",
             "«Изыскательтік жұмыстарға жер учаскесін пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет регламенті, Маңғыстау облысы әкімдігінің 2026 жылғы 24 қарашадағы № 188 қаулысымен бекітілген",
             None, "www.gov.kz/memleket/entities/mangystau-zher",
             resp("Қалиева Гүлнар Сәрсенқызы", "жер кадастры бөлімінің бас маманы", "g.kalieva@mangystau-zher.gov.kz", "8 (7292) 30-11-45"))
    s2 = svc("00201031", "Жер учаскесінің нысаналы мақсатын өзгерту",
             "«Жер учаскесінің нысаналы мақсатын өзгерту» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 1 қазандағы № 301 бұйрығымен бекітілген",
             "«Жер учаскесінің нысаналы мақсатын өзгерту» мемлекеттік көрсетілетін қызмет регламенті, Маңғыстау облысы әкімдігінің 2026 жылғы 24 қарашадағы № 189 қаулысымен бекітілген",
             "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2027 жылғы 15 қаңтардағы № 14 «Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 1 қазандағы № 301 бұйрығына өзгерістер енгізу туралы» бұйрығы",
             "www.gov.kz/memleket/entities/mangystau-zher",
             resp("Өтебаев Нұрлан Жақсылықұлы", "жер учаскелерін беру бөлімінің басшысы", "n.otebaev@mangystau-zher.gov.kz", "8 (7292) 30-11-52"))
    d = new_docx(landscape=True, size=10)
    para(d, "Қосымша", align="r")
    para(d, "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу", bold=True, align="c")
    c1 = "Тегі, аты, әкесінің аты: Қалиева Гүлнар Сәрсенқызы\nЛауазымы: жер кадастры бөлімінің бас маманы\nТел.: 8 (7292) 30-11-45\nЭл. пошта: g.kalieva@mangystau-zher.gov.kz"
    c2 = "Тегі, аты, әкесінің аты: Өтебаев Нұрлан Жақсылықұлы\nЛауазымы: жер учаскелерін беру бөлімінің басшысы\nТел.: 8 (7292) 30-11-52\nЭл. пошта: n.otebaev@mangystau-zher.gov.kz"
    rows = [HDR_KK, NUMS,
            ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "-", s1["website"], c1],
            ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], s2["npa_changes"], s2["website"], c2]]
    table(d, rows, widths=W8, bold_rows=(0,), center_rows=(1,), size=8)
    para(d, "")
    para(d, "Орындаған: Қалиева Гүлнар Сәрсенқызы")
    para(d, "Күні: 2027 жылғы «3» ақпан")
    save(name, docx_bytes(d))
    emit(name, "appendix1_form", "kk", "docx", "Kazakh headers and content; column 8 with labels 'Тегі, аты, әкесінің аты:' and 'Лауазымы:'; date '2027 жылғы «3» ақпан'",
         [{"part": name, "kind": "appendix1_form", "language": "kk", "services": [s1, s2],
           "executor": {"full_name": "Қалиева Гүлнар Сәрсенқызы", "date": "2027-02-03"}}],
         "zher_mng", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/066", "2027-01-27", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы"),
         "store the Appendix 1 information for both land services")


@doc
def f11():
    import openpyxl
    name = "a1-11-zhumyspen-almaty-kk.xlsx"
    s1 = svc("00601001", "Атаулы әлеуметтік көмек тағайындау",
             "«Атаулы әлеуметтік көмек тағайындау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 29 маусымдағы № 247 бұйрығымен бекітілген",
             "«Атаулы әлеуметтік көмек тағайындау» мемлекеттік көрсетілетін қызмет регламенті, Алматы қаласы әкімдігінің 2026 жылғы 14 қыркүйектегі № 3/512 қаулысымен бекітілген",
             None, "www.almaty-aleumet.gov.kz",
             resp("Бекмағамбетова Сәуле Төлегенқызы", "әлеуметтік көмек бөлімінің бас маманы", "s.bekmagambetova@almaty-aleumet.gov.kz", "8 (727) 271-64-18"))
    s2 = svc("00601015", "Жұмыссыз ретінде тіркеу",
             "«Жұмыссыз ретінде тіркеу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 29 маусымдағы № 248 бұйрығымен бекітілген",
             "«Жұмыссыз ретінде тіркеу» мемлекеттік көрсетілетін қызмет регламенті, Алматы қаласы әкімдігінің 2026 жылғы 14 қыркүйектегі № 3/513 қаулысымен бекітілген",
             None, "www.enbek.kz",
             resp("Дүйсенов Арман Қайратұлы", "жұмыспен қамту бөлімінің басшысы", "a.duisenov@almaty-aleumet.gov.kz", "8 (727) 271-64-31"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-қосымша"
    ws["A1"] = "Алматы қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы көрсететін мемлекеттік қызметтер туралы ақпарат"
    ws.merge_cells("A1:H2")
    xl_rows(ws, 4, [HDR_KK], bold=True)
    xl_rows(ws, 5, [NUMS])
    xl_rows(ws, 6, [
        ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "", s1["website"],
         "Бекмағамбетова Сәуле Төлегенқызы, әлеуметтік көмек бөлімінің бас маманы, тел. 8 (727) 271-64-18, 8 (727) 271-64-20, s.bekmagambetova@almaty-aleumet.gov.kz"],
        ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], "", s2["website"],
         "Дүйсенов Арман Қайратұлы, жұмыспен қамту бөлімінің басшысы, 8 (727) 271-64-31 / +7 701 555 12 09, a.duisenov@almaty-aleumet.gov.kz"]])
    for col, wdt in zip("ABCDEFGH", [6, 14, 26, 42, 42, 20, 20, 40]):
        ws.column_dimensions[col].width = wdt
    ws["C9"] = "Орындаушы: Ахметжанова Алия Бауыржанқызы"
    ws["C10"] = "Күні: 15.02.2027"
    wb.create_sheet("Лист2")
    save(name, xlsx_bytes(wb))
    emit(name, "appendix1_form", "kk", "xlsx", "Kazakh sheet name and headers, title merged over two rows, two phones per person (comma and slash separated), empty column 6, second empty sheet",
         [{"part": name, "kind": "appendix1_form", "language": "kk", "services": [s1, s2],
           "executor": {"full_name": "Ахметжанова Алия Бауыржанқызы", "date": "2027-02-15"}}],
         "zhumys_alm", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/097", "2027-02-08", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат сұрау"),
         "store the Appendix 1 information for both social services")


@doc
def f12():
    name = "a1-12-sport-pavlodar-sideways-kk.docx"
    s = svc("00902004", "Бірінші спорттық разряд және жоғары санатты жаттықтырушы біліктілігін беру",
            "«Бірінші спорттық разряд және жоғары санатты жаттықтырушы біліктілігін беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Туризм және спорт министрінің 2026 жылғы 12 тамыздағы № 188 бұйрығымен бекітілген",
            "Павлодар облысы әкімдігінің 2026 жылғы 30 қыркүйектегі № 261/6 қаулысымен бекітілген регламент",
            None, "www.pavlodar-sport.gov.kz",
            resp("Жақсыбеков Ерлан Маратұлы", "спорттық резерв бөлімінің бас маманы", "e.zhaksybekov@pavlodar-sport.gov.kz", "8 (7182) 32-45-17"))
    d = new_docx(size=12)
    para(d, "ПАВЛОДАР ОБЛЫСЫНЫҢ ДЕНЕ ШЫНЫҚТЫРУ ЖӘНЕ СПОРТ БАСҚАРМАСЫ", bold=True, align="c")
    para(d, "Бірыңғай байланыс орталығына мемлекеттік көрсетілетін қызмет туралы мәліметтер", align="c")
    rows = [["Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", s["registry_number"]],
            ["Мемлекеттік көрсетілетін қызметтің атауы", s["service_name"]],
            ["Мемлекеттік көрсетілетін қызмет стандарты (деректемелері)", s["standard"]],
            ["Мемлекеттік көрсетілетін қызмет регламенті (деректемелері)", s["regulation"]],
            ["Нормативтік құқықтық актілерге өзгерістер", "—"],
            ["Интернет-ресурс", s["website"]],
            ["Жауапты тұлғаның Т.А.Ә., лауазымы",
             "Жақсыбеков Ерлан Маратұлы, спорттық резерв бөлімінің бас маманы, 8 (7182) 32-45-17, e.zhaksybekov@pavlodar-sport.gov.kz"]]
    table(d, rows, widths=[6.5, 10.5], size=11)
    para(d, "")
    para(d, "Орындаған: Жақсыбеков Е.М.\n2027 жылғы 11 ақпан")
    save(name, docx_bytes(d))
    emit(name, "appendix1_form", "kk", "docx", "Kazakh sideways form (field | value) without a header row and without the '№' row; executor name and Kazakh date on two lines of one paragraph",
         [{"part": name, "kind": "appendix1_form", "language": "kk", "services": [s],
           "executor": {"full_name": "Жақсыбеков Е.М.", "date": "2027-02-11"}}],
         "sport_pvl", [(s["registry_number"], s["service_name"])], "information",
         letter("ЕКЦ-2027/079", "2027-02-04", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
         "store the Appendix 1 information for the sports qualification service")


@doc
def f13():
    name = "a1-13-agro-kyzylorda-ditto-kk.pdf"
    std = "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2027 жылғы 8 ақпандағы № 41 бұйрығы"
    web = "www.kyzylorda-agro.gov.kz"
    ra = resp("Оразбаева Әсел Ержанқызы", "мал шаруашылығы бөлімінің бас маманы", "a.orazbaeva@kyzylorda-agro.gov.kz", "8 (7242) 60-18-33")
    rc = resp("Нұрмаханов Бауыржан Серікұлы", "өсімдік шаруашылығы бөлімінің басшысы", "b.nurmakhanov@kyzylorda-agro.gov.kz", "8 (7242) 60-18-40")
    items = [("00303031", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау", "58"),
             ("00303032", "Мал шаруашылығы өнімдерінің өнімділігін және сапасын арттыруды субсидиялау", "59"),
             ("00303040", "Тұқым шаруашылығын дамытуды субсидиялау", "60")]
    ss = [svc(rn, nm, std, f"Қызылорда облысы әкімдігінің 2027 жылғы 22 ақпандағы № {q} қаулысы", None, web, r)
          for (rn, nm, q), r in zip(items, [ra, ra, rc])]
    c8a = "Оразбаева Әсел Ержанқызы, мал шаруашылығы бөлімінің бас маманы, тел. 8 (7242) 60-18-33, a.orazbaeva@kyzylorda-agro.gov.kz"
    c8c = "Нұрмаханов Бауыржан Серікұлы, өсімдік шаруашылығы бөлімінің басшысы, тел. 8 (7242) 60-18-40, b.nurmakhanov@kyzylorda-agro.gov.kz"
    rows = [HDR_KK, NUMS,
            ["1", items[0][0], items[0][1], std, ss[0]["regulation"], "-", web, c8a],
            ["2", items[1][0], items[1][1], "сол сияқты", ss[1]["regulation"], "-", "сол сияқты", "сол сияқты"],
            ["3", items[2][0], items[2][1], "сол сияқты", ss[2]["regulation"], "-", "сол сияқты", c8c]]
    flow = [PP("Қызылорда облысының ауыл шаруашылығы басқармасы", 10, bold=True, align=1), SP(2),
            PP("Мемлекеттік көрсетілетін қызметтер туралы ақпарат (Өзара іс-қимыл қағидаларының 1-қосымшасы)", 10, align=1), SP(4),
            ptable(rows, [8, 20, 32, 40, 36, 14, 44, 70], size=7, bold_rows=(0,)), SP(6),
            PP("Орындаған: Оразбаева Ә.Е.", 9), PP("Күні: 2027 жылғы «17» наурыз", 9)]
    save(name, pdf_bytes(flow, landscape=True))
    emit(name, "appendix1_form", "kk", "pdf", "Kazakh ruled PDF; ditto 'сол сияқты' in columns 4, 7 and 8 across three rows; bare order as standard",
         [{"part": name, "kind": "appendix1_form", "language": "kk", "services": ss,
           "executor": {"full_name": "Оразбаева Ә.Е.", "date": "2027-03-17"}}],
         "ash_kzo", [(s["registry_number"], s["service_name"]) for s in ss], "information",
         letter("ЕКЦ-2027/161", "2027-03-10", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы"),
         "store the Appendix 1 information for three subsidy services")


@doc
def f14():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    name = "a1-14-stroy-bilingual-merged.xlsx"
    r = resp("Тлеубаев Асхат Нурланович", "главный эксперт управления лицензирования", "a.tleubaev@mps-stroy.gov.kz", "+7 7172 64-93-15")
    s1 = svc("01204021", "Выдача лицензии на изыскательскую деятельность",
             "Стандарт государственной услуги «Выдача лицензии на изыскательскую деятельность», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 5 ноября 2026 года № 402",
             "Регламент государственной услуги «Выдача лицензии на изыскательскую деятельность», утвержденный приказом Председателя Комитета по делам строительства и ЖКХ от 21 декабря 2026 года № 188-нқ",
             None, "www.elicense.kz", r)
    s2 = svc("01204022", "Выдача лицензии на проектную деятельность",
             "Стандарт государственной услуги «Выдача лицензии на проектную деятельность», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 5 ноября 2026 года № 402",
             "Регламент государственной услуги «Выдача лицензии на проектную деятельность», утвержденный приказом Председателя Комитета по делам строительства и ЖКХ от 21 декабря 2026 года № 189-нқ",
             "Приказ Министра промышленности и строительства Республики Казахстан от 2 февраля 2027 года № 37 «О внесении изменений в приказ от 5 ноября 2026 года № 402»",
             "www.elicense.kz", r)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Мемлекеттік көрсетілетін қызметтер туралы ақпарат / Информация о государственных услугах"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True)
    h1 = ["Р/с № / № п/п", "Мемлекеттік көрсетілетін қызмет / Государственная услуга", None,
          "Деректемелер / Реквизиты", None, None, "Интернет-ресурс",
          "Жауапты тұлға (Т.А.Ә., лауазымы) / Ответственное лицо (Ф.И.О., должность)"]
    h2 = [None, "Тізілімдегі нөмірі / № в реестре", "Атауы / Наименование", "Стандарт", "Регламент",
          "НҚА өзгерістері / Изменения НПА", None, None]
    xl_rows(ws, 3, [h1, h2], bold=True, merges=("A3:A4", "B3:C3", "D3:F3", "G3:G4", "H3:H4"))
    for c in ws[3] + ws[4]:
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    xl_rows(ws, 5, [[1, 2, 3, 4, 5, 6, 7, 8]])
    c8 = "Тлеубаев Асхат Нурланович, главный эксперт управления лицензирования, +7 7172 64-93-15, a.tleubaev@mps-stroy.gov.kz"
    xl_rows(ws, 6, [[1, s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "—", s1["website"], c8],
                    [2, s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], s2["npa_changes"], s2["website"], c8]])
    for col, wdt in zip("ABCDEFGH", [8, 14, 24, 40, 40, 32, 16, 36]):
        ws.column_dimensions[col].width = wdt
    ws["B9"] = "Орындаған / Исполнитель: Сейтжанова Маржан Асқарқызы"
    ws["B10"] = "Күні / Дата: 24.02.2027"
    save(name, xlsx_bytes(wb))
    emit(name, "appendix1_form", "bilingual", "xlsx", "bilingual Kazakh/Russian headers split over two merged rows; registry number sits under a merged group header; bilingual executor labels",
         [{"part": name, "kind": "appendix1_form", "services": [s1, s2],
           "executor": {"full_name": "Сейтжанова Маржан Асқарқызы", "date": "2027-02-24"}}],
         "stroy", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/122", "2027-02-16", "О представлении информации о государственных услугах"),
         "store the Appendix 1 information for both construction licences")


@doc
def f15():
    name = "a1-15-soc-abai-html-outlook.eml"
    s1 = svc("00601008", "Назначение жилищной помощи",
             "Стандарт государственной услуги «Назначение жилищной помощи», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 9 сентября 2026 года № 330",
             "Регламент государственной услуги «Назначение жилищной помощи», утвержденный постановлением акимата области Абай от 10 ноября 2026 года № 244",
             None, "www.abai-aleumet.gov.kz",
             resp("Кусаинова Раушан Болатовна", "заведующий сектором жилищной помощи", "r.kusainova@abai-aleumet.gov.kz", "8 (7222) 52-36-14"))
    s2 = svc("00601021", "Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов",
             "Стандарт государственной услуги «Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов», утвержденный приказом Министра труда и социальной защиты населения Республики Казахстан от 29 июня 2026 года № 252",
             "Регламент государственной услуги «Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов», утвержденный постановлением акимата области Абай от 10 ноября 2026 года № 245",
             "Решение маслихата области Абай от 20 января 2027 года № 14/118-VIII «О внесении изменений в решение маслихата от 28 сентября 2026 года № 9/71-VIII»",
             "www.abai-aleumet.gov.kz",
             resp("Омарбекова Жанна Сериковна", "главный специалист отдела социальной помощи", "zh.omarbekova@abai-aleumet.gov.kz", "8 (7222) 52-36-20"))
    rows = [HDR_RU, NUMS,
            ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "-", s1["website"],
             "Кусаинова Раушан Болатовна\nДолжность: заведующий сектором жилищной помощи\nтел. 8 (7222) 52-36-14\nr.kusainova@abai-aleumet.gov.kz"],
            ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], s2["npa_changes"], s2["website"],
             "Омарбекова Жанна Сериковна\nДолжность: главный специалист отдела социальной помощи\nтел. 8 (7222) 52-36-20\nzh.omarbekova@abai-aleumet.gov.kz"]]
    html = (OUTLOOK_HEAD.format(cs="utf-8") +
            mso_p("Уважаемые коллеги!\n\nНа Ваш запрос № ЕКЦ-2027/129 от 19.02.2027 направляем информацию по государственным услугам, оказываемым Управлением занятости и социальных программ области Абай.\n") +
            "\n" + html_table(rows, "outlook") + "\n" +
            mso_p("\nОтветственный исполнитель: Габдуллина Асем Жомартовна\nДата: 01.03.2027\n\nС уважением,\nГабдуллина Асем\nотдел мониторинга государственных услуг\nтел. 8 (7222) 52-36-02") +
            OUTLOOK_TAIL)
    raw = message([("From", addr("Габдуллина Асем", "a.gabdullina@abai-aleumet.gov.kz")),
                   ("To", addr("Единый контакт-центр", "info@ekc.gov.kz")),
                   ("Subject", hdr("RE: Запрос № ЕКЦ-2027/129 о представлении информации")),
                   ("Date", "Mon, 1 Mar 2027 11:20:44 +0500"),
                   ("Message-ID", "<DB8PR01MB5402A1@DB8PR01MB5402.abai-aleumet.gov.kz>"),
                   ("Thread-Topic", hdr("Запрос № ЕКЦ-2027/129 о представлении информации")),
                   ("Content-Language", "ru-RU")],
                  text_part(html, "html", "utf-8", "quoted-printable"))
    save(name, raw)
    emit(name, "appendix1_form", "ru", "eml", "HTML-only Outlook body (quoted-printable) holding the table; column 8 over lines with a 'Должность:' label between name and phone",
         [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
           "executor": {"full_name": "Габдуллина Асем Жомартовна", "date": "2027-03-01"}}],
         "soc_abai", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/129", "2027-02-19", "О представлении информации о государственных услугах"),
         "store the Appendix 1 information for both services")


@doc
def f16():
    name = "a1-16-arch-pavlodar-alt-1251.eml"
    s1 = svc("00501001", "Выдача архитектурно-планировочного задания",
             "Стандарт государственной услуги «Выдача архитектурно-планировочного задания», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 30 октября 2026 года № 395",
             "Регламент государственной услуги «Выдача архитектурно-планировочного задания», утвержденный постановлением акимата Павлодарской области от 8 декабря 2026 года № 305/9",
             None, "www.pavlodar-sauletd.gov.kz",
             resp("Ибраев Канат Серикович", "главный архитектор отдела градостроительного контроля", "k.ibraev@pavlodar-sauletd.gov.kz", "8 (7182) 55-20-31"))
    s2 = svc("00501004", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий",
             "Стандарт государственной услуги «Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 30 октября 2026 года № 395",
             "Регламент государственной услуги «Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий», утвержденный постановлением акимата Павлодарской области от 8 декабря 2026 года № 305/10",
             None, "www.pavlodar-sauletd.gov.kz",
             resp("Гончаренко Наталья Павловна", "ведущий специалист", "n.goncharenko@pavlodar-sauletd.gov.kz", "8 (7182) 55-20-36"))
    c81 = "Ибраев Канат Серикович, главный архитектор отдела градостроительного контроля, 8 (7182) 55-20-31, k.ibraev@pavlodar-sauletd.gov.kz"
    c82 = "Гончаренко Наталья Павловна, ведущий специалист, 8 (7182) 55-20-36, n.goncharenko@pavlodar-sauletd.gov.kz"
    rows = [HDR_RU, NUMS,
            ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "-", s1["website"], c81],
            ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], "-", s2["website"], c82]]
    # Outlook's plain alternative: every cell on its own line, rows not marked
    plain_cells = "\n\n".join("\n\n".join(r) for r in rows)
    plain = ("Добрый день.\n\nНаправляем заполненную форму (приложение 1 к Правилам взаимодействия ЕКЦ).\n\n"
             + plain_cells +
             "\n\nФ.И.О. ответственного исполнителя: Гончаренко Наталья Павловна\nДата: 26.02.2027\n\n"
             "--\nУправление архитектуры и градостроительства Павлодарской области\n140000, г. Павлодар, ул. Академика Сатпаева, 49\n")
    html = (OUTLOOK_HEAD.format(cs="windows-1251") +
            mso_p("Добрый день.\n\nНаправляем заполненную форму (приложение 1 к Правилам взаимодействия ЕКЦ).\n") +
            html_table(rows, "outlook") +
            mso_p("\nФ.И.О. ответственного исполнителя: Гончаренко Наталья Павловна\nДата: 26.02.2027\n\n--\nУправление архитектуры и градостроительства Павлодарской области\n140000, г. Павлодар, ул. Академика Сатпаева, 49") +
            OUTLOOK_TAIL)
    top = multipart("alternative", [text_part(plain, "plain", "cp1251", "quoted-printable", label="windows-1251"),
                                    text_part(html, "html", "cp1251", "quoted-printable", label="windows-1251")],
                    "_000_AM0PR03MB62_")
    raw = message([("From", addr("Гончаренко Наталья Павловна", "n.goncharenko@pavlodar-sauletd.gov.kz", "windows-1251")),
                   ("To", "info@ekc.gov.kz"),
                   ("Subject", hdr("Информация по форме приложения 1", "windows-1251")),
                   ("Date", "Fri, 26 Feb 2027 17:02:13 +0500"),
                   ("Message-ID", "<AM0PR03MB62A@pavlodar-sauletd.gov.kz>")], top)
    save(name, raw)
    emit(name, "appendix1_form", "ru", "eml", "multipart/alternative in windows-1251 (QP): the plain part flattens the table to one cell per line, the HTML part has the table",
         [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
           "executor": {"full_name": "Гончаренко Наталья Павловна", "date": "2027-02-26"}}],
         "arch_pvl", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/120", "2027-02-16", "О представлении информации по государственным услугам"),
         "store the Appendix 1 information for both architecture services")


@doc
def f17():
    name = "a1-17-bilim-aktobe-html-kk.eml"
    s = svc("00401014", "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну",
            "«Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 31 тамыздағы № 223 бұйрығымен бекітілген",
            "Ақтөбе облысы әкімдігінің 2026 жылғы 19 қазандағы № 402 қаулысымен бекітілген мемлекеттік көрсетілетін қызмет регламенті",
            None, "www.aktobe-bilim.gov.kz",
            resp("Сағындықова Гүлжан Әміржанқызы", "жалпы орта білім беру бөлімінің бас маманы", "g.sagyndykova@aktobe-bilim.gov.kz", "8 (7132) 55-73-10"))
    rows = [HDR_KK, NUMS,
            ["1", s["registry_number"], s["service_name"], s["standard"], s["regulation"], "—", s["website"],
             "Сағындықова Гүлжан Әміржанқызы, жалпы орта білім беру бөлімінің бас маманы, тел. 8 (7132) 55-73-10, ішкі 112, g.sagyndykova@aktobe-bilim.gov.kz"]]
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            "<div style=\"font-family:Times New Roman;font-size:14px\">"
            "<p>Құрметті әріптестер!</p>"
            "<p>Сіздердің 2027 жылғы 26 ақпандағы № ЕКЦ-2027/136 хатыңызға сәйкес Ақтөбе облысының білім басқармасы "
            "мемлекеттік көрсетілетін қызмет туралы ақпаратты 1-қосымшаға сәйкес нысан бойынша жолдайды.</p>"
            + html_table(rows, "web") +
            "<p>Орындаған: Сағындықова Г.Ә.<br/>Күні: 05.03.2027</p>"
            "<p>Құрметпен,<br/>Ақтөбе облысының білім басқармасы<br/>030000, Ақтөбе қ., Әбілқайыр хан даңғылы, 40</p>"
            "</div></body></html>")
    raw = message([("From", addr("Сағындықова Гүлжан", "g.sagyndykova@aktobe-bilim.gov.kz")),
                   ("To", "info@ekc.gov.kz"),
                   ("Subject", hdr("ЕКЦ-2027/136 хатқа жауап")),
                   ("Date", "Fri, 5 Mar 2027 09:47:30 +0500"),
                   ("Message-ID", "<f3a1c2e0-5b7d-4e55-9c1a-77e0d1b2a001@aktobe-bilim.gov.kz>"),
                   ("User-Agent", "Roundcube Webmail/1.6.9")],
                  text_part(html, "html", "utf-8", "base64"))
    save(name, raw)
    emit(name, "appendix1_form", "kk", "eml", "Kazakh HTML-only body (base64) with th/td table; phone followed by an extension 'ішкі 112'; executor with initials",
         [{"part": "body", "kind": "appendix1_form", "language": "kk", "services": [s],
           "executor": {"full_name": "Сағындықова Г.Ә.", "date": "2027-03-05"}}],
         "bilim_akt", [(s["registry_number"], s["service_name"])], "information",
         letter("ЕКЦ-2027/136", "2027-02-26", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
         "store the Appendix 1 information for the school meals service")


@doc
def f18():
    name = "a1-18-atyrau-arhiv-webmail-bi.eml"
    r = resp("Исмагулова Карлыгаш Тулегеновна", "главный специалист", "k.ismagulova@atyrau-madeniet.gov.kz", "8 (7122) 27-34-51")
    s1 = svc("00703002", "Выдача архивных справок",
             "Стандарт государственной услуги «Выдача архивных справок», утвержденный приказом Министра культуры и информации Республики Казахстан от 27 октября 2026 года № 415",
             "Регламент государственной услуги «Выдача архивных справок», утвержденный постановлением акимата Атырауской области от 11 января 2027 года № 6",
             None, "www.atyrau-madeniet.gov.kz", r)
    s2 = svc("00703012", "Выдача разрешения на временный вывоз документов Национального архивного фонда",
             "Стандарт государственной услуги «Выдача разрешения на временный вывоз документов Национального архивного фонда», утвержденный приказом Министра культуры и информации Республики Казахстан от 27 октября 2026 года № 415",
             "Регламент государственной услуги «Выдача разрешения на временный вывоз документов Национального архивного фонда», утвержденный постановлением акимата Атырауской области от 11 января 2027 года № 7",
             None, "www.atyrau-madeniet.gov.kz", r)
    hh = ["Р/с № / № п/п", "Тізілімдегі нөмірі / № в реестре", "Қызмет атауы / Наименование услуги",
          "Стандарт (деректемелері) / Стандарт (реквизиты)", "Регламент (деректемелері) / Регламент (реквизиты)",
          "НҚА өзгерістері / Изменения НПА", "Интернет-ресурс", "Жауапты тұлға / Ответственное лицо"]
    c8 = "Исмагулова Карлыгаш Тулегеновна, главный специалист, тел. 8 (7122) 27-34-51, k.ismagulova@atyrau-madeniet.gov.kz"
    rows = [hh, ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "", s1["website"], c8],
            ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], "", s2["website"], c8]]
    quoted = ("-------- Исходное сообщение --------\nОт: Единый контакт-центр &lt;info@ekc.gov.kz&gt;\nДата: 18.02.2027 10:02\n"
              "Тема: Запрос о представлении информации\n\nПросим в течение пяти рабочих дней представить информацию по форме приложения 1 по услугам № 00703002, 00703012.")
    html = ("<HTML><BODY><div>Сәлеметсіз бе! / Здравствуйте!</div><div>&nbsp;</div>"
            "<div>Сұрау салуыңызға жауап ретінде ақпаратты жолдаймыз. / В ответ на ваш запрос направляем информацию.</div><div>&nbsp;</div>"
            + html_table(rows, "web") +
            "<div>&nbsp;</div><div>Орындаған/Исполнитель: Исмагулова К.Т.</div><div>25.02.2027</div><div>&nbsp;</div>"
            "<div>-- <br/>С уважением, Карлыгаш</div><div>&nbsp;</div>"
            "<blockquote style=\"border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;\">"
            + quoted.replace("\n", "<br/>") + "</blockquote></BODY></HTML>")
    plain = ("Сәлеметсіз бе! / Здравствуйте!\n\nСұрау салуыңызға жауап ретінде ақпаратты жолдаймыз. / В ответ на ваш запрос направляем информацию.\n\n"
             + "\n".join(" | ".join(x) for x in rows) +
             "\n\nОрындаған/Исполнитель: Исмагулова К.Т.\n25.02.2027\n\n-- \nС уважением, Карлыгаш\n\n"
             + "\n".join("> " + x for x in quoted.replace("&lt;", "<").replace("&gt;", ">").split("\n")) + "\n")
    top = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")],
                    "--ALT--8d1f0e55b23c4a19")
    raw = message([("From", addr("Карлыгаш Исмагулова", "k.ismagulova@atyrau-madeniet.gov.kz")),
                   ("To", "info@ekc.gov.kz"),
                   ("Subject", hdr("Re: Запрос о представлении информации")),
                   ("Date", "Thu, 25 Feb 2027 15:31:07 +0500"),
                   ("Message-ID", "<1740475867.552411@atyrau-madeniet.gov.kz>"),
                   ("In-Reply-To", "<ekc-2027-117@ekc.gov.kz>"),
                   ("X-Mailer", "Mail.Ru Mailer 1.0")], top)
    save(name, raw)
    emit(name, "appendix1_form", "bilingual", "eml", "webmail multipart/alternative: bilingual greeting and headers, pipe-joined plain part, our request quoted below (with the registry numbers again), no column-number row, empty column 6",
         [{"part": "body", "kind": "appendix1_form", "services": [s1, s2],
           "executor": {"full_name": "Исмагулова К.Т.", "date": "2027-02-25"}}],
         "atyrau_arh", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/117", "2027-02-18", "Запрос о представлении информации"),
         "store the Appendix 1 information for both archive services")


@doc
def f19():
    name = "a1-19-ecology-vko-tsv.eml"
    s1 = svc("01102003", "Выдача разрешения на эмиссии в окружающую среду для объектов II категории",
             "Стандарт государственной услуги «Выдача разрешения на эмиссии в окружающую среду для объектов II категории», утвержденный приказом Министра экологии и природных ресурсов Республики Казахстан от 14 июля 2026 года № 218",
             "Регламент государственной услуги «Выдача разрешения на эмиссии в окружающую среду для объектов II категории», утвержденный приказом Председателя Комитета экологического регулирования и контроля от 2 сентября 2026 года № 31-ө",
             None, "www.gov.kz/memleket/entities/ecogeo",
             resp("Жанабаева Гаухар Сериковна", "главный специалист отдела разрешений", "g.zhanabaeva@vko-ecology.gov.kz", "8 (7232) 24-71-03"))
    s2 = svc("01102009", "Выдача заключения государственной экологической экспертизы для объектов II категории",
             "Стандарт государственной услуги «Выдача заключения государственной экологической экспертизы для объектов II категории», утвержденный приказом Министра экологии и природных ресурсов Республики Казахстан от 14 июля 2026 года № 218",
             "Регламент государственной услуги «Выдача заключения государственной экологической экспертизы для объектов II категории», утвержденный приказом Председателя Комитета экологического регулирования и контроля от 2 сентября 2026 года № 32-ө",
             "Приказ Министра экологии и природных ресурсов Республики Казахстан от 28 января 2027 года № 25 «О внесении изменений в приказ от 14 июля 2026 года № 218»",
             "www.gov.kz/memleket/entities/ecogeo",
             resp("Рахимжанов Асет Болатович", "руководитель отдела экологической экспертизы", "a.rakhimzhanov@vko-ecology.gov.kz", "8 (7232) 24-71-10"))
    rows = [["№", "№ услуги в реестре", "Наименование услуги", "Стандарт (реквизиты)", "Регламент (реквизиты)", "Изменения НПА",
             "Интернет-ресурс", "ФИО, должность ответственного лица"],
            ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "-", s1["website"],
             "Жанабаева Гаухар Сериковна, главный специалист отдела разрешений, 8 (7232) 24-71-03; 8 777 402 11 90, g.zhanabaeva@vko-ecology.gov.kz"],
            ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], s2["npa_changes"], s2["website"],
             "Рахимжанов Асет Болатович, руководитель отдела экологической экспертизы, тел. 8 (7232) 24-71-10, 24-71-11, a.rakhimzhanov@vko-ecology.gov.kz"]]
    body = ("Здравствуйте!\n\nВо вложение не смогли прикрепить (ограничение почты), поэтому таблицу копируем прямо в письмо, "
            "столбцы разделены табуляцией:\n\n" + "\n".join("\t".join(r) for r in rows) +
            "\n\nИсполнитель: Жанабаева Г.С.\nДата заполнения: 04.03.2027\n\n"
            "Департамент экологии по ВКО\nг. Усть-Каменогорск, ул. Потанина, 12\n")
    raw = message([("From", addr("Жанабаева Гаухар", "g.zhanabaeva@vko-ecology.gov.kz")),
                   ("To", "info@ekc.gov.kz"),
                   ("Subject", hdr("информация по гос.услугам (по запросу ЕКЦ-2027/143)")),
                   ("Date", "Thu, 4 Mar 2027 12:05:51 +0500"),
                   ("Message-ID", "<20270304120551.5521@vko-ecology.gov.kz>")],
                  text_part(body, "plain", "utf-8", "quoted-printable"))
    save(name, raw)
    emit(name, "appendix1_form", "ru", "eml", "table pasted as tab-separated text into a plain quoted-printable body (soft line breaks inside rows); two phones per person ('; ' and ', ' separated); short Russian headers",
         [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
           "executor": {"full_name": "Жанабаева Г.С.", "date": "2027-03-04"}}],
         "ecology", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/143", "2027-02-25", "О представлении информации о государственных услугах"),
         "store the Appendix 1 information for both ecology services")


@doc
def f20():
    name = "a1-20-kerbulak-tsv-nocharset.eml"
    regl = "Постановление акимата Кербулакского района от 15 января 2027 года № 12"
    web = "www.gov.kz/memleket/entities/zhetysu-kerbulak"
    r = resp("Тулеуов Бекзат Ерланович", "главный специалист аппарата акима", "b.tuleuov@zhetysu-akimat.gov.kz", "8 (72840) 3-12-45")
    ss = [svc("00201040", "Выдача справки о наличии личного подсобного хозяйства",
              "Стандарт государственной услуги «Выдача справки о наличии личного подсобного хозяйства», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2026 года № 305",
              regl, None, web, r),
          svc("00805004", "Выдача ветеринарной справки",
              "Стандарт государственной услуги «Выдача ветеринарной справки», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 7 сентября 2026 года № 277",
              regl, None, web, r),
          svc("00501010", "Присвоение или уточнение адреса объекту недвижимости",
              "Стандарт государственной услуги «Присвоение или уточнение адреса объекту недвижимости», утвержденный приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 21 августа 2026 года № 312/НК",
              regl, None, web, r)]
    hh = ["Р/с N / N п/п", "Тiзiлiмдегi нomipi / N в реестре", "Кызмет атауы / Наименование услуги", "Стандарт",
          "Регламент", "НКА озгерiстерi / Изменения НПА", "Интернет-ресурс", "Жауапты тулга / Ответственное лицо"]
    c8 = "Тулеуов Бекзат Ерланович, главный специалист аппарата акима, 8 (72840) 3-12-45, b.tuleuov@zhetysu-akimat.gov.kz"
    lines = ["\t".join(hh), "\t".join(NUMS),
             "\t".join(["1", ss[0]["registry_number"], ss[0]["service_name"], ss[0]["standard"], regl, "-", web, c8]),
             "\t".join(["2", ss[1]["registry_number"], ss[1]["service_name"], ss[1]["standard"], "-//-", "-", "-//-", "-//-"]),
             "\t".join(["3", ss[2]["registry_number"], ss[2]["service_name"], ss[2]["standard"], "-//-", "-", "-//-", "-//-"])]
    body = ("Бiрынгай байланыс орталыгына / В Единый контакт-центр\n\n"
            "Сiздiн 2027 жылгы 01.03. N ЕКЦ-2027/146 хатыныз бойынша / На Ваш запрос от 01.03.2027 N ЕКЦ-2027/146:\n\n"
            + "\n".join(lines) +
            "\n\nОрындаган / Исполнитель: Тулеуов Б.Е.\nКунi / Дата: 09.03.2027\n\nКербулак ауданы акiмiнiн аппараты\n")
    raw = message([("From", "b.tuleuov@zhetysu-akimat.gov.kz"),
                   ("To", "info@ekc.gov.kz"),
                   ("Subject", hdr("Отвеt / Жауап ЕКЦ-2027/146", "windows-1251")),
                   ("Date", "Tue, 9 Mar 2027 10:12:00 +0500"),
                   ("Message-ID", "<4431.1741500720@zhetysu-akimat.gov.kz>"),
                   ("X-Mailer", "The Bat! (v9.4.3) Home")],
                  text_part(body, "plain", "cp1251", "8bit", label=None))
    save(name, raw)
    emit(name, "appendix1_form", "bilingual", "eml", "8bit windows-1251 body with NO charset label; Kazakh written without Kazakh letters (cp1251 substitutes); tab-separated rows with '-//-' ditto in columns 5, 7, 8",
         [{"part": "body", "kind": "appendix1_form", "services": ss,
           "executor": {"full_name": "Тулеуов Б.Е.", "date": "2027-03-09"}}],
         "akimat_kerb", [(s["registry_number"], s["service_name"]) for s in ss], "information",
         letter("ЕКЦ-2027/146", "2027-03-01", "О представлении информации о государственных услугах"),
         "store the Appendix 1 information for three rural services")


@doc
def f21():
    name = "a1-21-zags-karaganda-tsv-koi8.eml"
    s = svc("01501002", "Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния",
            "Стандарт государственной услуги «Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния», утвержденный приказом Министра юстиции Республики Казахстан от 12 июня 2026 года № 510",
            "Регламент государственной услуги «Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния», утвержденный постановлением акимата Карагандинской области от 30 июля 2026 года № 47/01",
            "Приказ Министра юстиции Республики Казахстан от 15 февраля 2027 года № 101 «О внесении изменений в приказ Министра юстиции Республики Казахстан от 12 июня 2026 года № 510»",
            "www.egov.kz",
            resp("Полякова Ирина Геннадьевна", "заведующая отделом регистрации актов гражданского состояния", "i.polyakova@karaganda-akimat.gov.kz", "8 (7212) 42-05-61"))
    s = kfix(s)
    row = ["1", s["registry_number"], s["service_name"], s["standard"], s["regulation"], s["npa_changes"], s["website"],
           "Полякова Ирина Геннадьевна, заведующая отделом регистрации актов гражданского состояния, тел. 8 (7212) 42-05-61, i.polyakova@karaganda-akimat.gov.kz"]
    body = ("Добрый день,\n\nинформация по форме:\n\n" + "\t".join(kfix(HDR_RU)) + "\n" + "\t".join(NUMS) + "\n" + "\t".join(row) +
            "\n\nИсполнитель: Полякова И.Г., 42-05-61\n« 12 » марта 2027 г.\n\n"
            "12.03.2027 9:14, Единый контакт-центр пишет:\n"
            "> Уважаемые коллеги!\n> В соответствии с пунктом 4 Правил взаимодействия просим представить информацию\n"
            "> по государственной услуге № 01501002 по форме приложения 1.\n> \n> Единый контакт-центр\n")
    raw = message([("From", addr("Полякова И.Г.", "i.polyakova@karaganda-akimat.gov.kz", "koi8-r")),
                   ("To", "info@ekc.gov.kz"),
                   ("Subject", hdr("Re: Запрос информации по услуге 01501002", "koi8-r")),
                   ("Date", "Fri, 12 Mar 2027 16:30:02 +0500"),
                   ("Message-ID", "<620c71e2.4f1@karaganda-akimat.gov.kz>")],
                  text_part(kfix(body), "plain", "koi8-r", "quoted-printable"))
    save(name, raw)
    emit(name, "appendix1_form", "ru", "eml", "koi8-r quoted-printable body: tab-separated header, column-number row and one data row, then our quoted request with '>' marks; executor with initials and phone",
         [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [s],
           "executor": {"full_name": "Полякова И.Г.", "date": "2027-03-12"}}],
         "zags_krg", [(s["registry_number"], s["service_name"])], "information",
         letter("ЕКЦ-2027/158", "2027-03-05", "Запрос информации по услуге 01501002"),
         "store the Appendix 1 information for birth registration")


@doc
def f22():
    name = "a1-22-predpr-atyrau-sideways.pdf"
    s1 = svc("00102007", "Выдача лицензии на хранение и розничную реализацию алкогольной продукции",
             "Стандарт государственной услуги «Выдача лицензии на хранение и розничную реализацию алкогольной продукции», утвержденный приказом Министра финансов Республики Казахстан от 4 августа 2026 года № 611",
             "Регламент государственной услуги «Выдача лицензии на хранение и розничную реализацию алкогольной продукции», утвержденный постановлением акимата Атырауской области от 29 сентября 2026 года № 204",
             None, "www.elicense.kz",
             resp("Утегенов Марат Сагиевич", "главный специалист отдела лицензирования", "m.utegenov@atyrau-biz.gov.kz", "8 (7122) 35-60-14"))
    s2 = svc("00102031", "Предоставление субсидий на возмещение части ставки вознаграждения по кредитам субъектов предпринимательства",
             "Стандарт государственной услуги «Предоставление субсидий на возмещение части ставки вознаграждения по кредитам субъектов предпринимательства», утвержденный приказом Министра национальной экономики Республики Казахстан от 18 мая 2026 года № 97",
             "Регламент государственной услуги «Предоставление субсидий на возмещение части ставки вознаграждения по кредитам субъектов предпринимательства», утвержденный постановлением акимата Атырауской области от 29 сентября 2026 года № 205",
             "Приказ Министра национальной экономики Республики Казахстан от 10 февраля 2027 года № 16 «О внесении изменений в приказ от 18 мая 2026 года № 97»",
             "www.atyrau-biz.gov.kz",
             resp("Досмухамбетова Айнур Кайратовна", "руководитель отдела поддержки предпринимательства", "a.dosmukhambetova@atyrau-biz.gov.kz", "8 (7122) 35-60-22"))
    def block(n, s, c8):
        return [["Поле формы", f"Услуга {n}"],
                ["№ п/п", str(n)],
                ["№ государственной услуги в реестре", s["registry_number"]],
                ["Наименование государственной услуги", s["service_name"]],
                ["Стандарт государственной услуги (с указанием его реквизитов)", s["standard"]],
                ["Регламент государственной услуги (с указанием его реквизитов)", s["regulation"]],
                ["Изменения нормативных правовых актов", s["npa_changes"] or "-"],
                ["Интернет-ресурс, на котором размещена информация о государственной услуге", s["website"]],
                ["Фамилия, имя, отчество, должность ответственного лица", c8]]
    flow = [PP("Управление предпринимательства и индустриально-инновационного развития Атырауской области", 10, bold=True, align=1),
            PP("060002, г. Атырау, пр. Азаттык, 39А", 8, align=1), SP(5),
            PP("Информация о государственных услугах для Единого контакт-центра", 11, bold=True, align=1), SP(4),
            ptable(block(1, s1, "Утегенов Марат Сагиевич, главный специалист отдела лицензирования, тел. 8 (7122) 35-60-14, m.utegenov@atyrau-biz.gov.kz"), [60, 120], size=9), SP(5),
            ptable(block(2, s2, "Досмухамбетова Айнур Кайратовна, руководитель отдела поддержки предпринимательства, тел. 8 (7122) 35-60-22, a.dosmukhambetova@atyrau-biz.gov.kz"), [60, 120], size=9), SP(8),
            PP("Ф.И.О. ответственного исполнителя: Мухамеджанова Гульнур Рашидовна", 9), PP("Дата: «16» марта 2027 г.", 9)]
    save(name, pdf_bytes(flow))
    emit(name, "appendix1_form", "ru", "pdf", "portrait PDF with the form on its side twice (one two-column block per service)",
         [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
           "executor": {"full_name": "Мухамеджанова Гульнур Рашидовна", "date": "2027-03-16"}}],
         "predpr_atr", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/160", "2027-03-09", "О представлении информации о государственных услугах"),
         "store the Appendix 1 information for both services")


@doc
def f23():
    import openpyxl
    import datetime
    name = "a1-23-tabigat-turkistan-attach-kk.eml"
    att = "1-қосымша.xlsx"
    s1 = svc("01102015", "Арнайы су пайдалануға рұқсат беру",
             "«Арнайы су пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Су ресурстары және ирригация министрінің 2026 жылғы 3 қарашадағы № 140 бұйрығымен бекітілген",
             "«Арнайы су пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет регламенті, Түркістан облысы әкімдігінің 2027 жылғы 20 қаңтардағы № 17 қаулысымен бекітілген",
             None, "www.gov.kz/memleket/entities/turkistan-tabigat",
             resp("Әбдіқадыров Нұрбол Бақытжанұлы", "су ресурстары бөлімінің бас маманы", "n.abdikadyrov@turkistan-tabigat.gov.kz", "8 (72533) 5-40-12"))
    s2 = svc("01102022", "Жануарлар дүниесін пайдалануға рұқсат беру",
             "«Жануарлар дүниесін пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2026 жылғы 14 шілдедегі № 221 бұйрығымен бекітілген",
             "«Жануарлар дүниесін пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет регламенті, Түркістан облысы әкімдігінің 2027 жылғы 20 қаңтардағы № 18 қаулысымен бекітілген",
             "Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2027 жылғы 2 ақпандағы № 33 «2026 жылғы 14 шілдедегі № 221 бұйрыққа өзгерістер енгізу туралы» бұйрығы",
             "www.gov.kz/memleket/entities/turkistan-tabigat",
             resp("Сейдахметова Айжан Нұрланқызы", "орман және жануарлар дүниесі бөлімінің жетекші маманы", "a.seidakhmetova@turkistan-tabigat.gov.kz", "8 (72533) 5-40-19"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Нысан"
    ws["A1"] = "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу"
    xl_rows(ws, 2, [HDR_KK], bold=True)
    xl_rows(ws, 3, [NUMS])
    xl_rows(ws, 4, [["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "-", s1["website"],
                     "Әбдіқадыров Нұрбол Бақытжанұлы, су ресурстары бөлімінің бас маманы, тел. 8 (72533) 5-40-12, n.abdikadyrov@turkistan-tabigat.gov.kz"],
                    ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], s2["npa_changes"], s2["website"],
                     "Сейдахметова Айжан Нұрланқызы, орман және жануарлар дүниесі бөлімінің жетекші маманы, 8 (72533) 5-40-19, a.seidakhmetova@turkistan-tabigat.gov.kz"]])
    ws["B7"] = "Жауапты орындаушының Т.А.Ә.:"
    ws["D7"] = "Әбдіқадыров Нұрбол Бақытжанұлы"
    ws["B8"] = "Күні:"
    ws["D8"] = datetime.datetime(2027, 3, 19)
    ws["D8"].number_format = "DD.MM.YYYY"
    for col, wdt in zip("ABCDEFGH", [6, 14, 26, 44, 44, 36, 26, 40]):
        ws.column_dimensions[col].width = wdt
    body = ("Құрметті әріптестер!\n\n2027 жылғы 12 наурыздағы № ЕКЦ-2027/166 хатқа жауап ретінде "
            "мемлекеттік көрсетілетін қызметтер туралы ақпарат қоса беріліп отыр (1-қосымша, Excel).\n\n"
            "Құрметпен,\nӘбдіқадыров Нұрбол\nТүркістан облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы\n")
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "base64"), attach_part(att, xlsx_bytes(wb), MIME_XLSX, fn="2231")],
                    "=_mixed 0047A1B2C3D4_=")
    raw = message([("From", addr("Әбдіқадыров Нұрбол", "n.abdikadyrov@turkistan-tabigat.gov.kz")),
                   ("To", "info@ekc.gov.kz"),
                   ("Subject", hdr("ЕКЦ-2027/166 хатқа жауап: 1-қосымша")),
                   ("Date", "Fri, 19 Mar 2027 18:40:12 +0500"),
                   ("Message-ID", "<OF0047A1B2.C3D4@turkistan-tabigat.gov.kz>"),
                   ("X-Mailer", "Lotus Domino Web Server")], top)
    save(name, raw)
    emit(name, "appendix1_form", "kk", "eml", "Kazakh covering note; form in an XLSX attachment with a Kazakh RFC 2231 file name; the date under the table is a real Excel date cell",
         [{"part": att, "kind": "appendix1_form", "language": "kk", "services": [s1, s2],
           "executor": {"full_name": "Әбдіқадыров Нұрбол Бақытжанұлы", "date": "2027-03-19"}}],
         "tko", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/166", "2027-03-12", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы"),
         "store the Appendix 1 information from the attached workbook")


@doc
def f24():
    name = "a1-24-densau-zko-iphone-pdf-bi.eml"
    att = "forma_EKC.pdf"
    s = svc("01001006", "Медициналық қызметке лицензия беру",
            "Стандарт государственной услуги «Выдача лицензии на медицинскую деятельность», утвержденный приказом Министра здравоохранения Республики Казахстан от 30 ноября 2026 года № ҚР ДСМ-118",
            "«Медициналық қызметке лицензия беру» мемлекеттік көрсетілетін қызмет регламенті, Батыс Қазақстан облысы әкімдігінің 2027 жылғы 18 қаңтардағы № 9 қаулысымен бекітілген",
            None, "www.gov.kz/memleket/entities/bko-densaulyk",
            resp("Хамитова Алия Нурлановна", "лицензиялау бөлімінің бас маманы / главный специалист отдела лицензирования",
                 "a.khamitova@bko-densau.gov.kz", "8 (7112) 50-44-27"))
    hh = ["Р/с № / № п/п", "Тізілімдегі нөмірі / № в реестре", "Атауы / Наименование", "Стандарт", "Регламент",
          "НҚА өзгерістері / Изменения НПА", "Интернет-ресурс", "Жауапты тұлға / Ответственное лицо"]
    rows = [hh, NUMS, ["1", s["registry_number"], s["service_name"], s["standard"], s["regulation"], "-", s["website"],
                       "Хамитова Алия Нурлановна, лицензиялау бөлімінің бас маманы / главный специалист отдела лицензирования, 8 (7112) 50-44-27, a.khamitova@bko-densau.gov.kz"]]
    flow = [PP("Батыс Қазақстан облысының денсаулық сақтау басқармасы / Управление здравоохранения Западно-Казахстанской области", 10, bold=True, align=1), SP(4),
            ptable(rows, [9, 19, 28, 40, 40, 16, 66, 48], size=7, bold_rows=(0,)), SP(6),
            PP("Орындаған / Исполнитель: Хамитова А.Н.", 9), PP("Күні / Дата: 11.03.2027", 9)]
    body = ("Добрый день! Қосымшада 1-қосымша бойынша ақпарат, во вложении форма в pdf.\n"
            "Подписанный экземпляр отправим через ЕСЭДО.\n\nОтправлено с iPhone\n")
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "quoted-printable"),
                              attach_part(att, pdf_bytes(flow, landscape=True), MIME_PDF)], "Apple-Mail-5C1E9A44-8F21-4B0B-AE55-31D0C3A1E8F7")
    raw = message([("From", addr("Алия Хамитова", "a.khamitova@bko-densau.gov.kz")),
                   ("To", "info@ekc.gov.kz"),
                   ("Subject", hdr("Форма ЕКЦ / ЕКЦ нысаны")),
                   ("Date", "Thu, 11 Mar 2027 20:03:44 +0500"),
                   ("Message-ID", "<5C1E9A44-8F21-4B0B-AE55-31D0C3A1E8F7@bko-densau.gov.kz>"),
                   ("X-Mailer", "iPhone Mail (21D61)")], top)
    save(name, raw)
    emit(name, "appendix1_form", "bilingual", "eml", "two-line mixed-language note 'Отправлено с iPhone'; PDF attachment with bilingual headers; Kazakh service name with a Russian standard; bilingual position kept whole",
         [{"part": att, "kind": "appendix1_form", "services": [s],
           "executor": {"full_name": "Хамитова А.Н.", "date": "2027-03-11"}}],
         "densau_zko", [(s["registry_number"], "Выдача лицензии на медицинскую деятельность")], "information",
         letter("ЕКЦ-2027/155", "2027-03-04", "О представлении информации по государственной услуге"),
         "store the Appendix 1 information from the PDF attachment")


@doc
def f25():
    name = "a1-25-bilim-aktobe-two-header-rows-bi.docx"
    s1 = svc("00401020", "Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою",
             "«Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 31 тамыздағы № 221 бұйрығымен бекітілген",
             "Ақтөбе облысы әкімдігінің 2026 жылғы 19 қазандағы № 403 қаулысымен бекітілген регламент",
             None, "www.aktobe-bilim.gov.kz",
             resp("Жұмағалиева Ақбота Серікқызы", "мектепке дейінгі білім беру бөлімінің басшысы", "a.zhumagalieva@aktobe-bilim.gov.kz", "8 (7132) 55-73-21"))
    s2 = svc("00401022", "Предоставление бесплатного подвоза к общеобразовательным организациям и обратно домой детям, проживающим в отдаленных сельских пунктах",
             "Стандарт государственной услуги «Предоставление бесплатного подвоза к общеобразовательным организациям и обратно домой детям, проживающим в отдаленных сельских пунктах», утвержденный приказом Министра просвещения Республики Казахстан от 31 августа 2026 года № 223",
             "Регламент, утвержденный постановлением акимата Актюбинской области от 19 октября 2026 года № 404",
             "Приказ Министра просвещения Республики Казахстан от 6 января 2027 года № 3 «О внесении изменений в приказ Министра просвещения Республики Казахстан от 31 августа 2026 года № 223»",
             "www.aktobe-bilim.gov.kz",
             resp("Кравченко Светлана Игоревна", "главный специалист отдела общего среднего образования", "s.kravchenko@aktobe-bilim.gov.kz", "8 (7132) 55-73-15"))
    d = new_docx(landscape=True, size=10)
    para(d, "1-қосымша / Приложение 1", align="r")
    para(d, "Мемлекеттік көрсетілетін қызметтер туралы ақпарат\nИнформация о государственных услугах", bold=True, align="c")
    rows = [HDR_KK, HDR_RU,
            ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "", s1["website"],
             "Жұмағалиева Ақбота Серікқызы, мектепке дейінгі білім беру бөлімінің басшысы, 8 (7132) 55-73-21, a.zhumagalieva@aktobe-bilim.gov.kz"],
            ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], s2["npa_changes"], s2["website"],
             "Кравченко Светлана Игоревна, главный специалист отдела общего среднего образования, 8 (7132) 55-73-15, s.kravchenko@aktobe-bilim.gov.kz"]]
    table(d, rows, widths=W8, bold_rows=(0, 1), size=8)
    para(d, "")
    para(d, "Орындаған / Исполнитель: Кравченко Светлана Игоревна")
    para(d, "Күні / Дата: 18.03.2027")
    save(name, docx_bytes(d))
    emit(name, "appendix1_form", "bilingual", "docx", "two full header rows (Kazakh, then Russian) and no number row; first service written in Kazakh, second in Russian",
         [{"part": name, "kind": "appendix1_form", "services": [s1, s2],
           "executor": {"full_name": "Кравченко Светлана Игоревна", "date": "2027-03-18"}}],
         "bilim_akt", [(s1["registry_number"], s1["service_name"]), (s2["registry_number"], s2["service_name"])],
         "information", letter("ЕКЦ-2027/163", "2027-03-11", "О представлении информации о государственных услугах"),
         "store the Appendix 1 information for both education services")


# ============================================================================= letters: helpers
def heads(frm_name, frm_addr, subject, date, msgid, cs="utf-8", to="info@ekc.gov.kz", extra=()):
    return [("From", addr(frm_name, frm_addr, cs)), ("To", to), ("Subject", hdr(subject, cs)),
            ("Date", date), ("Message-ID", msgid)] + list(extra)


def letter_docx(head, outno, to, title, paras, sign, size=13, after=None):
    """A typical agency letter: letterhead, outgoing number, addressee, title, body, signature."""
    d = new_docx(size=size)
    para(d, head, bold=True, align="c", size=size - 1)
    if outno:
        para(d, outno, size=size - 2)
    if to:
        para(d, to, align="r")
    if title:
        para(d, title, bold=True, align="c")
    for ptxt in paras:
        para(d, ptxt, align="j")
    para(d, "")
    para(d, sign)
    if after:
        para(d, after, size=size - 4, italic=True)
    return d


def letter_pdf(head, outno, to, title, paras, sign, after=None):
    flow = [PP(head, 10, bold=True, align=1), SP(3)]
    if outno:
        flow += [PP(outno, 9), SP(2)]
    if to:
        flow += [PP(to, 11, align=2), SP(4)]
    if title:
        flow += [PP(title, 11, bold=True, align=1), SP(3)]
    for ptxt in paras:
        flow += [PP(ptxt, 11, align=4), SP(2)]
    flow += [SP(6), PP(sign, 11)]
    if after:
        flow += [SP(8), PP(after, 8)]
    return flow


# ============================================================================= responsible_change
AW_APPT = "appointment"


@doc
def r01():
    name = "rc-01-nedra-appointment.eml"
    body = ("Единый контакт-центр\nНа № ЕКЦ-2027/171 от 15.03.2027\n\n"
            "Комитет геологии Министерства промышленности и строительства Республики Казахстан, рассмотрев Ваш запрос, "
            "сообщает, что ответственным за представление информации в Единый контакт-центр и проведение обучения по "
            "государственным услугам «Выдача лицензии на геологическое изучение недр» (01201005) и «Регистрация договоров "
            "залога права недропользования» (01201009) определен Сарсенбаев Ерлан Муратович.\n\n"
            "Контактные данные: тел. +7 (7172) 74-90-33, e-mail: e.sarsenbaev@mps-nedra.gov.kz.\n\n"
            "Заместитель Председателя                                А. Куанышев\n\n"
            "Исп. Ахметова Ж., 74-90-10\n")
    save(name, message(heads("Канцелярия Комитета геологии", "kanc@mps-nedra.gov.kz",
                             "О назначении ответственного лица (на № ЕКЦ-2027/171)", "Wed, 17 Mar 2027 10:15:00 +0500",
                             "<kg-2027-0317-1015@mps-nedra.gov.kz>"), text_part(body, "plain", "utf-8", "base64")))
    emit(name, "responsible_change", "ru", "eml", "appointment without a position; a second person (the clerk) named in 'Исп.' at the bottom; signatory initials",
         [{"part": "body", "kind": "responsible_change", "language": "ru",
           "responsible": resp("Сарсенбаев Ерлан Муратович", email="e.sarsenbaev@mps-nedra.gov.kz", phone="+7 (7172) 74-90-33", keep=("full_name", "email", "phone")),
           "previous_responsible": None, "services": regs("01201005", "01201009")}],
         "nedra", [("01201005", "Выдача лицензии на геологическое изучение недр"), ("01201009", "Регистрация договоров залога права недропользования")],
         AW_APPT, letter("ЕКЦ-2027/171", "2027-03-15", "О назначении ответственного лица"),
         "record Сарсенбаев Е.М. as the responsible person for both services; then wait for Appendix 1 information")


@doc
def r02():
    name = "rc-02-zags-uvolnenie-1251.txt"
    text = ("Исх. № 3-18/412 от 02.03.2027\n\n"
            "                                     Руководителю Единого контакт-центра\n\n"
            "          Уведомление о замене ответственного лица\n\n"
            "В связи с увольнением Кузнецовой Ирины Владимировны (приказ от 26.02.2027 № 41-к) ответственным лицом за "
            "взаимодействие с Единым контакт-центром по государственной услуге «Государственная регистрация заключения брака "
            "(супружества)» (№ 01501004) с 1 марта 2027 года назначается Тулегенов Даурен Маратович — главный специалист "
            "отдела регистрации актов гражданского состояния города Караганды.\n"
            "Контактные данные: тел. 8 (7212) 42-05-70, моб. 8 701 733 20 14, эл. почта d.tulegenov@karaganda-akimat.gov.kz.\n\n"
            "Просим внести соответствующие изменения в базу данных Единого контакт-центра.\n\n"
            "Заведующая отделом                                   И. Полякова\n")
    save(name, txt(text, "cp1251"))
    emit(name, "responsible_change", "ru", "txt", "windows-1251 text with CRLF; previous person in the genitive after 'В связи с увольнением'; an order date before the effective date; office and mobile phones",
         [{"part": name, "kind": "responsible_change", "language": "ru",
           "responsible": resp("Тулегенов Даурен Маратович", "главный специалист отдела регистрации актов гражданского состояния города Караганды",
                               "d.tulegenov@karaganda-akimat.gov.kz", "8 (7212) 42-05-70"),
           "previous_responsible": {"full_name": "Кузнецова Ирина Владимировна"},
           "effective_date": "2027-03-01", "services": regs("01501004")}],
         "zags_krg", [("01501004", "Государственная регистрация заключения брака (супружества)")], "consulting", None,
         "replace the responsible person for service 01501004 from 2027-03-01")


@doc
def r03():
    name = "rc-03-shymkent-vmesto-html.eml"
    html = (OUTLOOK_HEAD.format(cs="utf-8") + mso_p(
        "Добрый день, уважаемые коллеги!\n\n"
        "Управление образования города Шымкент сообщает, что ответственным лицом по взаимодействию с Единым контакт-центром "
        "по государственным услугам № 00401003 «Прием документов и зачисление детей в дошкольные организации образования» и "
        "№ 00401009 «Выдача дубликатов документов об основном среднем, общем среднем образовании» вместо Абдрахмановой Динары "
        "Серикбаевны (отпуск по уходу за ребенком) определена Мусина Алия Ербулатовна, главный специалист отдела дошкольного образования.\n\n"
        "Тел.: 8 (7252) 53-07-24\nЭл. почта: a.musina@shymkent-edu.gov.kz\n\n"
        "С уважением,\nотдел документационного обеспечения\nУправление образования города Шымкент") +
        "<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>Данное сообщение и любые приложения к нему предназначены "
        "исключительно для адресата. Если вы получили его по ошибке, сообщите отправителю и удалите сообщение.</span></p>" + OUTLOOK_TAIL)
    save(name, message(heads("Управление образования г. Шымкент", "bilim@shymkent-edu.gov.kz",
                             "Замена ответственного лица по госуслугам 00401003, 00401009", "Tue, 16 Mar 2027 14:22:10 +0500",
                             "<AS8PR10MB6151C3@shymkent-edu.gov.kz>", extra=[("Content-Language", "ru-RU")]),
                       text_part(html, "html", "utf-8", "quoted-printable")))
    emit(name, "responsible_change", "ru", "eml", "HTML-only Outlook body; 'вместо' + previous person in the genitive with a reason in brackets; disclaimer in grey",
         [{"part": "body", "kind": "responsible_change", "language": "ru",
           "responsible": resp("Мусина Алия Ербулатовна", "главный специалист отдела дошкольного образования", "a.musina@shymkent-edu.gov.kz", "8 (7252) 53-07-24"),
           "previous_responsible": {"full_name": "Абдрахманова Динара Серикбаевна"}, "services": regs("00401003", "00401009")}],
         "obr_shym", [("00401003", "Прием документов и зачисление детей в дошкольные организации образования"),
                      ("00401009", "Выдача дубликатов документов об основном среднем, общем среднем образовании")], "consulting", None,
         "replace the responsible person for both services")


@doc
def r04():
    name = "rc-04-pavlodar-otpusk-koi8.eml"
    body = ("Единому контакт-центру\n\n"
            "Управление архитектуры и градостроительства Павлодарской области сообщает, что на период ежегодного оплачиваемого "
            "трудового отпуска Гончаренко Натальи Павловны (с 05.07.2027 по 30.07.2027) обязанности ответственного лица по "
            "взаимодействию с ЕКЦ по государственной услуге N 00501004 возлагаются на Ким Елену Викторовну, ведущего специалиста "
            "отдела градостроительного контроля (тел. 8 (7182) 55-20-38, e.kim@pavlodar-sauletd.gov.kz).\n\n"
            "После выхода из отпуска Гончаренко Н.П. приступает к исполнению обязанностей ответственного лица в обычном порядке.\n\n"
            "Руководитель управления                 К. Ибраев\n")
    save(name, message(heads("Приемная УАиГ", "arch@pavlodar-sauletd.gov.kz", "Временное возложение обязанностей (отпуск)",
                             "Thu, 1 Jul 2027 09:02:40 +0500", "<20270701090240.A11@pavlodar-sauletd.gov.kz>", cs="koi8-r"),
                       text_part(kfix(body), "plain", "koi8-r", "8bit")))
    emit(name, "responsible_change", "ru", "eml", "koi8-r 8bit; temporary duties during leave; both people in oblique cases; Korean surname Ким (indeclinable); leave period with two dates, the return of the previous person mentioned",
         [{"part": "body", "kind": "responsible_change", "language": "ru",
           "responsible": resp("Ким Елена Викторовна", email="e.kim@pavlodar-sauletd.gov.kz", phone="8 (7182) 55-20-38", keep=("full_name", "email", "phone")),
           "previous_responsible": {"full_name": "Гончаренко Наталья Павловна"}, "effective_date": "2027-07-05",
           "services": regs("00501004")}],
         "arch_pvl", [("00501004", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий")],
         "consulting", None, "record Ким Е.В. as acting responsible person from 2027-07-05 to 2027-07-30")


@doc
def r05():
    name = "rc-05-transport-ne-yavlyaetsya.docx"
    d = letter_docx("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ КӨЛІК МИНИСТРЛІГІНІҢ КӨЛІК КОМИТЕТІ\nКОМИТЕТ ТРАНСПОРТА МИНИСТЕРСТВА ТРАНСПОРТА РЕСПУБЛИКИ КАЗАХСТАН\n010000, г. Астана, пр. Кабанбай батыра, 32/1",
                    "08.04.2027 № 17-05/2291", "Единый контакт-центр", None,
                    ["Комитет транспорта Министерства транспорта Республики Казахстан уведомляет, что Искаков Ержан Муратович "
                     "с 12 апреля 2027 года не является более ответственным лицом за представление информации в Единый контакт-центр "
                     "по государственной услуге «Выдача лицензии на осуществление деятельности по перевозке опасных грузов "
                     "автомобильным транспортом» (№ 00302017).",
                     "Ответственным лицом с указанной даты определен Бейсенов Арман Талгатович, главный эксперт управления "
                     "автомобильного транспорта. Тел.: 8 (7172) 75-43-20, e-mail: a.beisenov@transport-minrk.gov.kz.",
                     "По государственной услуге № 00302021 ответственное лицо не меняется."],
                    "Заместитель Председателя                                          Д. Сейтказин",
                    after="Исп.: Ли В.С., тел. 75-43-26")
    save(name, docx_bytes(d))
    emit(name, "responsible_change", "ru", "docx", "'не является более ответственным' for the old person; a second service named only as unchanged (must not be listed); the executor at the foot is another person",
         [{"part": name, "kind": "responsible_change", "language": "ru",
           "responsible": resp("Бейсенов Арман Талгатович", "главный эксперт управления автомобильного транспорта", "a.beisenov@transport-minrk.gov.kz", "8 (7172) 75-43-20"),
           "previous_responsible": {"full_name": "Искаков Ержан Муратович"}, "effective_date": "2027-04-12",
           "services": regs("00302017")}],
         "transport", [("00302017", "Выдача лицензии на осуществление деятельности по перевозке опасных грузов автомобильным транспортом"),
                       ("00302021", "Выдача удостоверения допуска к международным автомобильным перевозкам грузов")],
         "consulting", None, "replace the responsible person for 00302017 only, from 2027-04-12")


@doc
def r06():
    name = "rc-06-energy-appointment.pdf"
    flow = letter_pdf("МИНИСТЕРСТВО ЭНЕРГЕТИКИ РЕСПУБЛИКИ КАЗАХСТАН\n010000, г. Астана, пр. Кабанбай батыра, 19, блок А",
                      "Исх. № 04-1/2877 от 10.03.2027\nНа № ЕКЦ-2027/148 от 03.03.2027", "Единый контакт-центр", None,
                      ["На Ваш запрос сообщаем, что ответственным лицом за представление информации и проведение обучения "
                       "сотрудников Единого контакт-центра по нижеперечисленным государственным услугам назначен:",
                       "Ф.И.О.: Жакупов Нурлан Бекболатович\nДолжность: главный эксперт Департамента развития электроэнергетики\n"
                       "Телефоны: 8 (7172) 78-69-45, 8 (7172) 78-69-40\nE-mail: n.zhakupov@energo-minrk.gov.kz"], "")
    flow = flow[:-2]
    flow += [SP(3), ptable([["№", "№ в реестре", "Наименование государственной услуги"],
                            ["1", "01301002", "Выдача лицензии на покупку в целях перепродажи электрической энергии"],
                            ["2", "01301007", "Выдача паспорта готовности энергопроизводящим и энергопередающим организациям к работе в осенне-зимний период"],
                            ["3", "01301011", "Аккредитация организаций по проведению энергетической экспертизы"]], [12, 28, 130], size=9),
             SP(10), PP("Директор Департамента развития электроэнергетики                    Б. Оспанов", 11)]
    save(name, pdf_bytes(flow))
    emit(name, "responsible_change", "ru", "pdf", "appointment in a PDF letter with labelled fields and two phones; services in a small table after the person; two letter numbers (ours and theirs)",
         [{"part": name, "kind": "responsible_change", "language": "ru",
           "responsible": resp("Жакупов Нурлан Бекболатович", "главный эксперт Департамента развития электроэнергетики", "n.zhakupov@energo-minrk.gov.kz", "8 (7172) 78-69-45"),
           "previous_responsible": None, "services": regs("01301002", "01301007", "01301011")}],
         "energy", [("01301002", "Выдача лицензии на покупку в целях перепродажи электрической энергии"),
                    ("01301007", "Выдача паспорта готовности энергопроизводящим и энергопередающим организациям к работе в осенне-зимний период"),
                    ("01301011", "Аккредитация организаций по проведению энергетической экспертизы")],
         AW_APPT, letter("ЕКЦ-2027/148", "2027-03-03", "О назначении ответственного лица"),
         "record Жакупов Н.Б. as responsible for the three services")


@doc
def r07():
    name = "rc-07-zem-karaganda-alt-quoted.eml"
    plain = ("Добрый день!\n\nСообщаем, что приказом руководителя Управления от 11.03.2027 № 32-ө ответственность за представление "
             "информации в ЕКЦ и проведение обучения по государственной услуге 00201050 «Выдача идентификационного документа на "
             "земельный участок» возложена на Садыкова Нурлана Ержановича (руководитель отдела регистрации земельных участков).\n"
             "тел. 8 (7212) 41-22-50\nn.sadykov@zher.karaganda.gov.kz\n\n"
             "С уважением,\nЖаксылыкова Асель\n\n"
             "-----Original Message-----\nFrom: Единый контакт-центр <info@ekc.gov.kz>\nSent: Tuesday, March 9, 2027 11:00 AM\n"
             "Subject: Запрос о назначении ответственного лица\n\n"
             "Просим в течение трех рабочих дней назначить ответственное лицо по государственной услуге 00201050 "
             "(ранее ответственным по услугам управления была Жаксылыкова А.М.).\n")
    html = (OUTLOOK_HEAD.format(cs="utf-8") + mso_p(plain.split("-----Original Message-----")[0]) +
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>" +
            mso_p("From: Единый контакт-центр <info@ekc.gov.kz>\nSent: Tuesday, March 9, 2027 11:00 AM\nSubject: Запрос о назначении ответственного лица\n\n"
                  "Просим в течение трех рабочих дней назначить ответственное лицо по государственной услуге 00201050 "
                  "(ранее ответственным по услугам управления была Жаксылыкова А.М.).") + "</div>" + OUTLOOK_TAIL)
    top = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"), text_part(html, "html", "utf-8", "quoted-printable")],
                    "_000_VI1PR0802MB2_")
    save(name, message(heads("Жаксылыкова Асель", "a.zhaksylykova@zher.karaganda.gov.kz", "RE: Запрос о назначении ответственного лица",
                             "Fri, 12 Mar 2027 10:31:15 +0500", "<VI1PR0802MB2A@zher.karaganda.gov.kz>",
                             extra=[("In-Reply-To", "<ekc-2027-150@ekc.gov.kz>")]), top))
    emit(name, "responsible_change", "ru", "eml", "appointment in reply to our request; new person in the genitive after 'возложена на'; position in brackets; quoted request names the earlier person (not a replacement)",
         [{"part": "body", "kind": "responsible_change", "language": "ru",
           "responsible": resp("Садыков Нурлан Ержанович", "руководитель отдела регистрации земельных участков", "n.sadykov@zher.karaganda.gov.kz", "8 (7212) 41-22-50"),
           "previous_responsible": None, "services": regs("00201050")}],
         "zem_krg", [("00201050", "Выдача идентификационного документа на земельный участок")], AW_APPT,
         letter("ЕКЦ-2027/150", "2027-03-09", "Запрос о назначении ответственного лица"),
         "record Садыков Н.Е. as responsible for 00201050")


@doc
def r08():
    name = "rc-08-vet-kostanay-cp866.txt"
    text = ("УПРАВЛЕНИЕ ВЕТЕРИНАРИИ АКИМАТА КОСТАНАЙСКОЙ ОБЛАСТИ\n"
            "г. Костанай, ул. Байтурсынова, 66\n\n"
            "N 06-3/219 от 12.02.2027\n\n"
            "Единый контакт-центр\n\n"
            "О замене ответственного лица\n\n"
            "Управление ветеринарии акимата Костанайской области сообщает о замене ответственного лица по государственным "
            "услугам 00805003, 00805004.\n\n"
            "Прежний ответственный - Нургалиева Гульмира Ахметовна (переведена на другую должность).\n"
            "Новый ответственный с 15.02.2027:\n"
            "  Сергеев Андрей Михайлович,\n"
            "  главный ветеринарный врач отдела ветеринарно-санитарного контроля,\n"
            "  тел. 8 (7142) 50-31-49,\n"
            "  a.sergeev@kostanay-obl.gov.kz\n\n"
            "По услуге 00805011 ответственным остается Петренко О.Н.\n\n"
            "И.о. руководителя                      Б. Жусупов\n")
    save(name, txt(kfix(text, "cp866"), "cp866"))
    emit(name, "responsible_change", "ru", "txt", "DOS cp866 text; labelled 'Прежний ответственный'/'Новый ответственный' blocks; a third service named as unchanged",
         [{"part": name, "kind": "responsible_change", "language": "ru",
           "responsible": resp("Сергеев Андрей Михайлович", "главный ветеринарный врач отдела ветеринарно-санитарного контроля", "a.sergeev@kostanay-obl.gov.kz", "8 (7142) 50-31-49"),
           "previous_responsible": {"full_name": "Нургалиева Гульмира Ахметовна"}, "effective_date": "2027-02-15",
           "services": regs("00805003", "00805004")}],
         "vet_kst", [("00805003", "Выдача ветеринарного паспорта на животное"), ("00805004", "Выдача ветеринарной справки")],
         "consulting", None, "replace the responsible person for 00805003 and 00805004 from 2027-02-15")


@doc
def r09():
    name = "rc-09-migr-wrong-charset.eml"
    body = ("Уважаемые коллеги!\n\n"
            "В связи с переходом на другую работу Касеновой Индиры Жанатовны ответственным лицом по государственной услуге "
            "№ 01601012 «Выдача разрешений на временное проживание иностранцам и лицам без гражданства» назначена "
            "Ермекова Салтанат Болатовна, инспектор отдела по работе с иностранцами, тел. 8 (7172) 71-52-00 вн. 2247, "
            "s.ermekova@astana-police.gov.kz.\n\nИзменения вступают в силу с 22 марта 2027 года.\n\n"
            "Начальник отдела по работе с иностранцами                  Р. Нуртаев\n")
    # the sender's client wrote windows-1251 bytes but labelled them koi8-r
    save(name, message(heads("ДМС г. Астаны", "dms@astana-police.gov.kz", "О замене ответственного лица",
                             "Fri, 19 Mar 2027 17:55:00 +0500", "<2027031917550.dms@astana-police.gov.kz>", cs="koi8-r"),
                       text_part(body, "plain", "cp1251", "8bit", label="koi8-r")))
    emit(name, "responsible_change", "ru", "eml", "WRONG charset label: body bytes are windows-1251 but the header says koi8-r; extension after a shared phone",
         [{"part": "body", "kind": "responsible_change", "language": "ru",
           "responsible": resp("Ермекова Салтанат Болатовна", "инспектор отдела по работе с иностранцами", "s.ermekova@astana-police.gov.kz", "8 (7172) 71-52-00"),
           "previous_responsible": {"full_name": "Касенова Индира Жанатовна"}, "effective_date": "2027-03-22",
           "services": regs("01601012")}],
         "migr", [("01601012", "Выдача разрешений на временное проживание иностранцам и лицам без гражданства")],
         "consulting", None, "replace the responsible person for 01601012 from 2027-03-22")


@doc
def r10():
    name = "rc-10-selhoz-turkestan-table.docx"
    d = new_docx(size=12)
    para(d, "ТҮРКІСТАН ОБЛЫСЫНЫҢ АУЫЛ ШАРУАШЫЛЫҒЫ БАСҚАРМАСЫ\nУПРАВЛЕНИЕ СЕЛЬСКОГО ХОЗЯЙСТВА ТУРКЕСТАНСКОЙ ОБЛАСТИ", bold=True, align="c")
    para(d, "№ 07-2/498 от 26.03.2027", size=10)
    para(d, "Единый контакт-центр", align="r")
    para(d, "Во исполнение пункта 7 Правил взаимодействия уведомляем о замене ответственного лица по государственным услугам "
            "№ 00303021 и № 00303024 с 1 апреля 2027 года.", align="j")
    table(d, [["", "Прежнее ответственное лицо", "Новое ответственное лицо"],
              ["Ф.И.О.", "Абдуллаев Бахтияр Рустамович", "Турсунов Алишер Бахтиярович"],
              ["Должность", "руководитель отдела растениеводства", "главный специалист отдела растениеводства"],
              ["Телефон", "8 (72533) 6-14-25", "8 (72533) 6-14-28"],
              ["E-mail", "b.abdullaev@turkistan-agro.gov.kz", "a.tursunov@turkistan-agro.gov.kz"]],
          widths=[3.0, 7.0, 7.0], bold_rows=(0,), size=11)
    para(d, "")
    para(d, "Руководитель управления                                    Н. Сапаров")
    save(name, docx_bytes(d))
    emit(name, "responsible_change", "ru", "docx", "old and new person side by side in a table (old phone and e-mail present too); similar patronymic/first name (Бахтияр / Бахтиярович)",
         [{"part": name, "kind": "responsible_change", "language": "ru",
           "responsible": resp("Турсунов Алишер Бахтиярович", "главный специалист отдела растениеводства", "a.tursunov@turkistan-agro.gov.kz", "8 (72533) 6-14-28"),
           "previous_responsible": {"full_name": "Абдуллаев Бахтияр Рустамович"}, "effective_date": "2027-04-01",
           "services": regs("00303021", "00303024")}],
         "selhoz_trk", [("00303021", "Субсидирование стоимости удобрений (за исключением органических)"),
                        ("00303024", "Субсидирование стоимости пестицидов, биоагентов (энтомофагов)")],
         "protocol", None, "replace the responsible person for both subsidy services from 2027-04-01 (training still pending)")


@doc
def r11():
    name = "rc-11-tourism-attach-docx.eml"
    att = "pismo-ekc-otvetstvennyi.docx"
    d = letter_docx("КОМИТЕТ ИНДУСТРИИ ТУРИЗМА\nМИНИСТЕРСТВА ТУРИЗМА И СПОРТА РЕСПУБЛИКИ КАЗАХСТАН",
                    "Исх. № 21-4/1180 от 23.03.2027", "Единый контакт-центр", "О назначении ответственного лица",
                    ["На Ваше письмо от 18.03.2027 № ЕКЦ-2027/175 сообщаем, что ответственным лицом по государственной услуге "
                     "«Включение в государственный реестр туристских маршрутов и троп» (№ 00904015) назначена эксперт "
                     "Управления развития внутреннего туризма Нурпеисова Мадина Аскаровна.",
                     "Контакты: +7 (7172) 74-12-77, m.nurpeisova@tourism-sport.gov.kz."],
                    "Председатель Комитета                                     Е. Кожахметов")
    body = "Здравствуйте.\nНаправляем письмо Комитета во вложении.\n\nС уважением, канцелярия КИТ МТС РК\n"
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "8bit"), attach_part(att, docx_bytes(d), MIME_DOCX)], "b1_7f0c8a3d")
    save(name, message(heads("Канцелярия КИТ", "kit@tourism-sport.gov.kz", "Исх. 21-4/1180 от 23.03.2027",
                             "Tue, 23 Mar 2027 15:40:12 +0500", "<b17f0c8a3d@tourism-sport.gov.kz>"), top))
    emit(name, "responsible_change", "ru", "eml", "the appointment letter is a DOCX attachment, the body only says 'see attached'; position before the name",
         [{"part": att, "kind": "responsible_change", "language": "ru",
           "responsible": resp("Нурпеисова Мадина Аскаровна", "эксперт Управления развития внутреннего туризма", "m.nurpeisova@tourism-sport.gov.kz", "+7 (7172) 74-12-77"),
           "previous_responsible": None, "services": regs("00904015")}],
         "tour", [("00904015", "Включение в государственный реестр туристских маршрутов и троп")], AW_APPT,
         letter("ЕКЦ-2027/175", "2027-03-18", "О назначении ответственного лица"),
         "record Нурпеисова М.А. as responsible for 00904015")


@doc
def r12():
    name = "rc-12-densau-zko-appointment-kk.eml"
    body = ("Бірыңғай байланыс орталығына\n\n"
            "Сіздің 2027 жылғы 10 наурыздағы № ЕКЦ-2027/157 хатыңызға жауап ретінде Батыс Қазақстан облысының денсаулық "
            "сақтау басқармасы «Фармацевтикалық қызметке лицензия беру» (№ 01001040) мемлекеттік көрсетілетін қызметі бойынша "
            "Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға ретінде Ғабдуллин Ержан Серікұлын тағайындағанын хабарлайды "
            "(лауазымы: фармацевтикалық қызметті лицензиялау бөлімінің жетекші маманы).\n\n"
            "Байланыс телефоны: 8 (7112) 50-44-31\nЭлектрондық пошта: e.gabdullin@bko-densau.gov.kz\n\n"
            "Басшының орынбасары                                  С. Мұқанова\n")
    save(name, message(heads("БҚО денсаулық сақтау басқармасы", "densaulyk@bko-densau.gov.kz", "Жауапты тұлғаны тағайындау туралы",
                             "Mon, 15 Mar 2027 11:45:03 +0500", "<bko-0315-1145@bko-densau.gov.kz>"),
                       text_part(body, "plain", "utf-8", "base64")))
    emit(name, "responsible_change", "kk", "eml", "Kazakh appointment; the name in the accusative ('Серікұлын'), position given separately after 'лауазымы:'",
         [{"part": "body", "kind": "responsible_change", "language": "kk",
           "responsible": resp("Ғабдуллин Ержан Серікұлы", "фармацевтикалық қызметті лицензиялау бөлімінің жетекші маманы", "e.gabdullin@bko-densau.gov.kz", "8 (7112) 50-44-31"),
           "previous_responsible": None, "services": regs("01001040")}],
         "densau_zko", [("01001040", "Фармацевтикалық қызметке лицензия беру")], AW_APPT,
         letter("ЕКЦ-2027/157", "2027-03-10", "Жауапты тұлғаны тағайындау туралы"),
         "record Ғабдуллин Е.С. as responsible for 01001040")


@doc
def r13():
    name = "rc-13-bilim-aktobe-ornyna-kk.txt"
    text = ("Ақтөбе облысының білім басқармасы\nШығ. № 02-11/640, 29.03.2027\n\n"
            "Бірыңғай байланыс орталығы\n\n"
            "Жауапты тұлғаның ауысуы туралы\n\n"
            "«Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және "
            "жеңілдікпен тамақтандыруды ұсыну» (№ 00401014) мемлекеттік көрсетілетін қызметі бойынша Сағындықова Гүлжан "
            "Әміржанқызының орнына 2027 жылғы 1 сәуірден бастап жауапты тұлға болып жалпы орта білім беру бөлімінің бас маманы "
            "Төлеген Айдана белгіленді.\n\n"
            "Тел.: 8 (7132) 55-73-12\nE-mail: a.tolegen@aktobe-bilim.gov.kz\n\n"
            "Басқарма басшысы                           Б. Алдабергенов\n")
    save(name, txt(text, "utf-8-sig"))
    emit(name, "responsible_change", "kk", "txt", "UTF-8 with BOM; previous person in the genitive before 'орнына'; new person without a patronymic; position before the name",
         [{"part": name, "kind": "responsible_change", "language": "kk",
           "responsible": resp("Төлеген Айдана", "жалпы орта білім беру бөлімінің бас маманы", "a.tolegen@aktobe-bilim.gov.kz", "8 (7132) 55-73-12"),
           "previous_responsible": {"full_name": "Сағындықова Гүлжан Әміржанқызы"}, "effective_date": "2027-04-01",
           "services": regs("00401014")}],
         "bilim_akt", [("00401014", "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну")],
         "consulting", None, "replace the responsible person for 00401014 from 2027-04-01")


@doc
def r14():
    name = "rc-14-agro-kyzylorda-demalys-kk.docx"
    d = letter_docx("ҚЫЗЫЛОРДА ОБЛЫСЫНЫҢ АУЫЛ ШАРУАШЫЛЫҒЫ БАСҚАРМАСЫ\n120003, Қызылорда қ., Бейбітшілік к-сі, 21",
                    "2027 жылғы 27 шілде № 11-07/1533", "Бірыңғай байланыс орталығына", None,
                    ["Оразбаева Әсел Ержанқызының 2027 жылғы 2 тамыздан 29 тамызға дейінгі еңбек демалысы кезеңінде № 00303031 және "
                     "№ 00303032 мемлекеттік көрсетілетін қызметтер бойынша Бірыңғай байланыс орталығымен өзара іс-қимыл жөніндегі "
                     "жауапты тұлғаның міндеттері мал шаруашылығы бөлімінің жетекші маманы Қуанышбаев Дәулет Асқарұлына жүктеледі.",
                     "Байланыс деректері: тел. 8 (7242) 60-18-35, d.kuanyshbaev@kyzylorda-agro.gov.kz.",
                     "Демалыстан кейін Оразбаева Ә.Е. өз міндеттерін қайта атқарады."],
                    "Басқарма басшысы                                          Ж. Ерменов")
    save(name, docx_bytes(d))
    emit(name, "responsible_change", "kk", "docx", "Kazakh temporary duties during leave; new person in the dative ('Асқарұлына'), old one in the genitive; letter date before the leave starts",
         [{"part": name, "kind": "responsible_change", "language": "kk",
           "responsible": resp("Қуанышбаев Дәулет Асқарұлы", "мал шаруашылығы бөлімінің жетекші маманы", "d.kuanyshbaev@kyzylorda-agro.gov.kz", "8 (7242) 60-18-35"),
           "previous_responsible": {"full_name": "Оразбаева Әсел Ержанқызы"}, "effective_date": "2027-08-02",
           "services": regs("00303031", "00303032")}],
         "ash_kzo", [("00303031", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау"),
                     ("00303032", "Мал шаруашылығы өнімдерінің өнімділігін және сапасын арттыруды субсидиялау")],
         "consulting", None, "record Қуанышбаев Д.А. as acting responsible during 2027-08-02..2027-08-29")


@doc
def r15():
    name = "rc-15-zher-mangystau-tabylmaidy-kk.eml"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p style=\"font-family:Arial\">Құрметті әріптестер!</p>"
            "<p style=\"font-family:Arial\">Маңғыстау облысының жер қатынастары басқармасы <b>Өтебаев Нұрлан Жақсылықұлы</b> "
            "2027 жылғы 5 сәуірден бастап «Жер учаскесінің нысаналы мақсатын өзгерту» (№ 00201031) мемлекеттік көрсетілетін "
            "қызметі бойынша бұдан былай жауапты тұлға болып табылмайтынын хабарлайды.</p>"
            "<p style=\"font-family:Arial\">Жаңа жауапты тұлға:<br>Серікбаева Гүлмира Айдосқызы, жер учаскелерін беру бөлімінің бас маманы"
            "<br>тел. 8 (7292) 30-11-58<br><a href=\"mailto:g.serikbayeva@mangystau-zher.gov.kz\">g.serikbayeva@mangystau-zher.gov.kz</a></p>"
            "<p style=\"font-family:Arial;color:#888\">Ақтау қ., 14 шағын аудан, 1-ғимарат</p></body></html>")
    save(name, message(heads("Жер қатынастары басқармасы", "zher@mangystau-zher.gov.kz", "Жауапты тұлғаның ауысуы",
                             "Thu, 1 Apr 2027 16:12:00 +0500", "<mng-zher-0401@mangystau-zher.gov.kz>"),
                       text_part(html, "html", "utf-8", "base64")))
    emit(name, "responsible_change", "kk", "eml", "Kazakh HTML-only (base64); negated 'жауапты тұлға болып табылмайтынын' for the old person in bold; new one after a label",
         [{"part": "body", "kind": "responsible_change", "language": "kk",
           "responsible": resp("Серікбаева Гүлмира Айдосқызы", "жер учаскелерін беру бөлімінің бас маманы", "g.serikbayeva@mangystau-zher.gov.kz", "8 (7292) 30-11-58"),
           "previous_responsible": {"full_name": "Өтебаев Нұрлан Жақсылықұлы"}, "effective_date": "2027-04-05",
           "services": regs("00201031")}],
         "zher_mng", [("00201031", "Жер учаскесінің нысаналы мақсатын өзгерту")], "consulting", None,
         "replace the responsible person for 00201031 from 2027-04-05")


@doc
def r16():
    name = "rc-16-tabigat-turkistan-appointment-kk.pdf"
    flow = letter_pdf("ТҮРКІСТАН ОБЛЫСЫНЫҢ ТАБИҒИ РЕСУРСТАР ЖӘНЕ ТАБИҒАТ ПАЙДАЛАНУДЫ РЕТТЕУ БАСҚАРМАСЫ\n161200, Түркістан қ., Тәуке хан даңғылы, 7",
                      "Шығ. № 05-14/388, 2027 жылғы 24 наурыз", "Бірыңғай байланыс орталығы", "Жауапты тұлға туралы",
                      ["2027 жылғы 19 наурыздағы № ЕКЦ-2027/176 сұрау салуыңызға сәйкес «Аңшылық алқаптарын бекітіп беру» "
                       "(тізілімдегі № 01102030) мемлекеттік көрсетілетін қызметі бойынша ақпарат беруге және оқыту өткізуге "
                       "жауапты тұлға болып орман және жануарлар дүниесі бөлімінің басшысы Жолдасбеков Алмас Төлеуұлы бекітілді.",
                       "Байланыс телефоны: 8 (72533) 5-40-15, 8 705 118 22 40.\nЭлектрондық пошта: a.zholdasbekov@turkistan-tabigat.gov.kz"],
                      "Басқарма басшысы                                   Қ. Тұрсынбеков",
                      after="Орындаған: Сейдахметова А.Н., 5-40-19")
    save(name, pdf_bytes(flow))
    emit(name, "responsible_change", "kk", "pdf", "Kazakh PDF appointment; two phones (office and mobile); the executor at the foot is another person",
         [{"part": name, "kind": "responsible_change", "language": "kk",
           "responsible": resp("Жолдасбеков Алмас Төлеуұлы", "орман және жануарлар дүниесі бөлімінің басшысы", "a.zholdasbekov@turkistan-tabigat.gov.kz", "8 (72533) 5-40-15"),
           "previous_responsible": None, "services": regs("01102030")}],
         "tko", [("01102030", "Аңшылық алқаптарын бекітіп беру")], AW_APPT,
         letter("ЕКЦ-2027/176", "2027-03-19", "Жауапты тұлғаны тағайындау туралы"),
         "record Жолдасбеков А.Т. as responsible for 01102030")


@doc
def r17():
    name = "rc-17-sport-pavlodar-appointment-bi.eml"
    body = ("Бірыңғай байланыс орталығына\n\n"
            "Павлодар облысының дене шынықтыру және спорт басқармасы Сіздің 2027 жылғы 22 наурыздағы № ЕКЦ-2027/181 хатыңызға "
            "жауап ретінде «Спорт түрлері бойынша жаттықтырушыларға біліктілік санаттарын беру» (№ 00902011) мемлекеттік "
            "көрсетілетін қызметі бойынша жауапты тұлға болып Әлімжанов Ербол Қанатұлы тағайындалғанын хабарлайды.\n\n"
            "* * *\n\n"
            "Единому контакт-центру\n\n"
            "Управление физической культуры и спорта Павлодарской области в ответ на Ваше письмо от 22 марта 2027 года "
            "№ ЕКЦ-2027/181 сообщает, что ответственным лицом по государственной услуге «Присвоение квалификационных категорий "
            "тренерам по видам спорта» (№ 00902011) назначен Әлімжанов Ербол Қанатұлы.\n\n"
            "Тел. / Телефон: 8 (7182) 32-45-20\nE-mail: e.alimzhanov@pavlodar-sport.gov.kz\n\n"
            "Басшы / Руководитель                           Т. Омаров\n")
    save(name, message(heads("Спорт басқармасы / Управление спорта", "sport@pavlodar-sport.gov.kz",
                             "Жауапты тұлға / Ответственное лицо (00902011)", "Thu, 25 Mar 2027 12:00:00 +0500",
                             "<pvl-sport-0325@pavlodar-sport.gov.kz>"), text_part(body, "plain", "utf-8", "quoted-printable")))
    emit(name, "responsible_change", "bilingual", "eml", "the same appointment twice, Kazakh then Russian; one person, one set of contacts; service named differently in each language",
         [{"part": "body", "kind": "responsible_change",
           "responsible": resp("Әлімжанов Ербол Қанатұлы", email="e.alimzhanov@pavlodar-sport.gov.kz", phone="8 (7182) 32-45-20", keep=("full_name", "email", "phone")),
           "previous_responsible": None, "services": regs("00902011")}],
         "sport_pvl", [("00902011", "Присвоение квалификационных категорий тренерам по видам спорта")], AW_APPT,
         letter("ЕКЦ-2027/181", "2027-03-22", "О назначении ответственного лица"),
         "record Әлімжанов Е.Қ. as responsible for 00902011")


@doc
def r18():
    name = "rc-18-zhumys-almaty-two-columns-bi.docx"
    d = new_docx(size=11)
    para(d, "Алматы қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы\nУправление занятости и социальных программ города Алматы", bold=True, align="c")
    para(d, "2027 жылғы 9 сәуір / 9 апреля 2027 года  № 14-3/977", size=10)
    table(d, [["Бірыңғай байланыс орталығына", "Единому контакт-центру"],
              ["«Жұмыссыз ретінде тіркеу» (№ 00601015) мемлекеттік көрсетілетін қызметі бойынша Дүйсенов Арман Қайратұлының орнына "
               "2027 жылғы 15 сәуірден бастап жауапты тұлға болып Жақсылықова Мөлдір Ерланқызы, жұмыспен қамту бөлімінің бас маманы, тағайындалды.",
               "По государственной услуге «Регистрация в качестве безработного» (№ 00601015) вместо Дүйсенова Армана Қайратұлы "
               "с 15 апреля 2027 года ответственным лицом назначена Жақсылықова Мөлдір Ерланқызы, главный специалист отдела занятости."],
              ["Тел.: 8 (727) 271-64-33, m.zhaksylykova@almaty-aleumet.gov.kz", "Тел.: 8 (727) 271-64-33, m.zhaksylykova@almaty-aleumet.gov.kz"],
              ["Басшы                    А. Сыздықов", "Руководитель                    А. Сыздыков"]],
          widths=[8.5, 8.5], style=None, size=11)
    save(name, docx_bytes(d))
    emit(name, "responsible_change", "bilingual", "docx", "Kazakh and Russian side by side in a borderless two-column table; the same name in both (Kazakh spelling inside the Russian text); position differs by language",
         [{"part": name, "kind": "responsible_change",
           "responsible": resp("Жақсылықова Мөлдір Ерланқызы", email="m.zhaksylykova@almaty-aleumet.gov.kz", phone="8 (727) 271-64-33", keep=("full_name", "email", "phone")),
           "previous_responsible": {"full_name": "Дүйсенов Арман Қайратұлы"}, "effective_date": "2027-04-15",
           "services": regs("00601015")}],
         "zhumys_alm", [("00601015", "Регистрация в качестве безработного")], "consulting", None,
         "replace the responsible person for 00601015 from 2027-04-15")


@doc
def r19():
    name = "rc-19-predpr-atyrau-bolnichnyi-utf16.txt"
    text = ("Атырау облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы\n"
            "Управление предпринимательства и индустриально-инновационного развития Атырауской области\n\n"
            "№ 02-08/1712   17.03.2027\n\n"
            "Бірыңғай байланыс орталығына / Единому контакт-центру\n\n"
            "Утегенов Марат Сагиевичтің уақытша еңбекке жарамсыздығы кезеңінде (2027 жылғы 18 наурыздан бастап) "
            "№ 00102007 мемлекеттік көрсетілетін қызмет бойынша жауапты тұлғаның міндеттері лицензиялау бөлімінің бас маманы "
            "Жумагалиев Ерназар Болатовичке жүктеледі.\n\n"
            "На период временной нетрудоспособности Утегенова Марата Сагиевича (с 18 марта 2027 года) обязанности ответственного "
            "лица по государственной услуге № 00102007 возлагаются на главного специалиста отдела лицензирования Жумагалиева "
            "Ерназара Болатовича.\n\n"
            "Тел.: 8 (7122) 35-60-16, e.zhumagaliev@atyrau-biz.gov.kz\n\n"
            "Басшының орынбасары / Заместитель руководителя               Г. Мухамеджанова\n")
    save(name, txt(text, "utf-16"))
    emit(name, "responsible_change", "bilingual", "txt", "UTF-16 LE with BOM; temporary duties during sick leave; both names in oblique cases in both languages (Kazakh dative '-ке' on a Russian patronymic)",
         [{"part": name, "kind": "responsible_change",
           "responsible": resp("Жумагалиев Ерназар Болатович", email="e.zhumagaliev@atyrau-biz.gov.kz", phone="8 (7122) 35-60-16", keep=("full_name", "email", "phone")),
           "previous_responsible": {"full_name": "Утегенов Марат Сагиевич"}, "effective_date": "2027-03-18",
           "services": regs("00102007")}],
         "predpr_atr", [("00102007", "Выдача лицензии на хранение и розничную реализацию алкогольной продукции")], "protocol", None,
         "record Жумагалиев Е.Б. as acting responsible for 00102007 from 2027-03-18")


@doc
def r20():
    name = "rc-20-atyrau-arhiv-alt-bi.eml"
    plain = ("Құрметті әріптестер! / Уважаемые коллеги!\n\n"
             "2027 жылғы 1 сәуірден бастап № 00703002 және № 00703012 мемлекеттік көрсетілетін қызметтер бойынша Исмагулова "
             "Карлыгаш Тулегеновнаның орнына жауапты тұлға болып Нұрғалиев Бекжан Сапарұлы (архив бөлімінің бас маманы) белгіленді.\n\n"
             "С 1 апреля 2027 года ответственным лицом по государственным услугам № 00703002 и № 00703012 вместо Исмагуловой "
             "Карлыгаш Тулегеновны определен Нұрғалиев Бекжан Сапарұлы (главный специалист архивного отдела).\n\n"
             "тел. 8 (7122) 27-34-55, b.nurgaliev@atyrau-madeniet.gov.kz\n")
    html = ("<div dir=\"ltr\"><div>Құрметті әріптестер! / Уважаемые коллеги!</div><br>"
            "<div>2027 жылғы 1 сәуірден бастап № 00703002 және № 00703012 мемлекеттік көрсетілетін қызметтер бойынша Исмагулова "
            "Карлыгаш Тулегеновнаның орнына жауапты тұлға болып Нұрғалиев Бекжан Сапарұлы (архив бөлімінің бас маманы) белгіленді.</div><br>"
            "<div>С 1 апреля 2027 года ответственным лицом по государственным услугам № 00703002 и № 00703012 вместо Исмагуловой "
            "Карлыгаш Тулегеновны определен Нұрғалиев Бекжан Сапарұлы (главный специалист архивного отдела).</div><br>"
            "<div>тел. 8 (7122) 27-34-55, <a href=\"mailto:b.nurgaliev@atyrau-madeniet.gov.kz\">b.nurgaliev@atyrau-madeniet.gov.kz</a></div></div>")
    top = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")],
                    "000000000000a1b2c3d4e5f60708")
    save(name, message(heads("Бекжан Нұрғалиев", "b.nurgaliev@atyrau-madeniet.gov.kz", "Жауапты тұлға / Ответственное лицо",
                             "Wed, 31 Mar 2027 09:09:09 +0500", "<CAH+w=7a1b2c3d4e5f@mail.gmail.com>"), top))
    emit(name, "responsible_change", "bilingual", "eml", "Gmail-style multipart/alternative; replacement announced in Kazakh then Russian; the sender is the new person; position differs by language",
         [{"part": "body", "kind": "responsible_change",
           "responsible": resp("Нұрғалиев Бекжан Сапарұлы", email="b.nurgaliev@atyrau-madeniet.gov.kz", phone="8 (7122) 27-34-55", keep=("full_name", "email", "phone")),
           "previous_responsible": {"full_name": "Исмагулова Карлыгаш Тулегеновна"}, "effective_date": "2027-04-01",
           "services": regs("00703002", "00703012")}],
         "atyrau_arh", [("00703002", "Выдача архивных справок"), ("00703012", "Выдача разрешения на временный вывоз документов Национального архивного фонда")],
         "consulting", None, "replace the responsible person for both archive services from 2027-04-01")


# ============================================================================= refusal
AW_ADD = "additional_answer"


def ref_key(part, lang, reason, ground, services):
    d = {"part": part, "kind": "refusal"}
    if lang in ("ru", "kk"):
        d["language"] = lang
    d.update({"refusal_reason": reason, "refusal_ground": ground, "services": regs(*services)})
    return [d]


@doc
def x01():
    name = "rf-01-mo-state-secret.eml"
    reason = "запрашиваемые сведения о дислокации и численности воинских частей отнесены к государственным секретам"
    body = ("Руководителю Единого контакт-центра\n\n"
            "Министерство обороны Республики Казахстан, рассмотрев запрос Единого контакт-центра от 05.04.2027 № ЕКЦ-2027/190 "
            "о представлении дополнительной информации по государственной услуге «Выдача архивной справки о прохождении воинской "
            "службы» (№ 01801003), сообщает следующее.\n\n"
            "Представить перечень воинских частей с указанием места их дислокации не представляется возможным, поскольку "
            + reason + " в соответствии с Законом Республики Казахстан «О государственных секретах».\n\n"
            "Одновременно сообщаем, что порядок оказания услуги, перечень документов и сроки размещены на портале www.egov.kz; "
            "по этим вопросам консультирование может осуществляться в обычном порядке.\n\n"
            "Начальник Управления документационного обеспечения\nполковник                                      Н. Бекмурзаев\n")
    save(name, message(heads("Канцелярия МО РК", "kanc@mod-rk.gov.kz", "Ответ на № ЕКЦ-2027/190", "Mon, 12 Apr 2027 10:00:00 +0500",
                             "<mo-2027-0412-0001@mod-rk.gov.kz>"), text_part(body, "plain", "utf-8", "base64")))
    emit(name, "refusal", "ru", "eml", "state secret named through the Law on state secrets; a reassuring paragraph about other information that IS available",
         ref_key("body", "ru", reason, "state_secret", ["01801003"]),
         "mo", [("01801003", "Выдача архивной справки о прохождении воинской службы")], AW_ADD,
         letter("ЕКЦ-2027/190", "2027-04-05", "О представлении дополнительной информации"),
         "record the refusal (state secret) for 01801003; no escalation: lawful ground")


@doc
def x02():
    name = "rf-02-energy-commercial-1251.txt"
    reason = "сведения об объемах добычи и сжигания газа конкретными недропользователями составляют коммерческую тайну недропользователей"
    text = ("МИНИСТЕРСТВО ЭНЕРГЕТИКИ РЕСПУБЛИКИ КАЗАХСТАН\n\nИсх. № 06-2/3310 от 14.04.2027\nНа № ЕКЦ-2027/193 от 07.04.2027\n\n"
            "Единый контакт-центр\n\n"
            "Министерство энергетики Республики Казахстан на Ваш запрос о представлении перечня недропользователей, получивших "
            "разрешение на сжигание сырого газа в факелах в 2026 году, с указанием объемов (государственная услуга № 01301015), "
            "сообщает, что указанная информация не может быть представлена, так как " + reason +
            " и передана Министерству исключительно для целей рассмотрения заявок.\n\n"
            "Общая информация о порядке получения разрешения размещена на интернет-ресурсе Министерства.\n\n"
            "Вице-министр                                          Е. Нурланов\n\nИсп. Тасмагамбетов Р., 78-69-61\n")
    save(name, txt(text, "cp1251"))
    emit(name, "refusal", "ru", "txt", "windows-1251; commercial secret of third parties inside a long sentence; 'не может быть представлена' rather than the word 'отказ'",
         ref_key(name, "ru", reason, "commercial_secret", ["01301015"]),
         "energy", [("01301015", "Выдача разрешения на сжигание сырого газа в факелах")], AW_ADD,
         letter("ЕКЦ-2027/193", "2027-04-07", "О представлении дополнительной информации"),
         "record the refusal (commercial secret) for 01301015")


@doc
def x03():
    name = "rf-03-zdrav-akmola-medical-secret.docx"
    reason = "сведения о диагнозах и состоянии здоровья заявителей составляют врачебную тайну"
    d = letter_docx("АҚМОЛА ОБЛЫСЫНЫҢ ДЕНСАУЛЫҚ САҚТАУ БАСҚАРМАСЫ\nУПРАВЛЕНИЕ ЗДРАВООХРАНЕНИЯ АКМОЛИНСКОЙ ОБЛАСТИ\n020000, г. Кокшетау, ул. Абая, 89",
                    "№ 01-14/1620 от 20.04.2027", "Единый контакт-центр", None,
                    ["На Ваш запрос от 13.04.2027 № ЕКЦ-2027/197 по государственной услуге «Выдача справки с психоневрологической "
                     "организации» (№ 01001050) сообщаем.",
                     "Управление не может представить список заявителей, которым было отказано в выдаче справки, с указанием причин, "
                     "поскольку " + reason + " и разглашению не подлежат (статья 273 Кодекса Республики Казахстан «О здоровье народа "
                     "и системе здравоохранения»).",
                     "Основания для отказа в оказании государственной услуги, предусмотренные стандартом, остаются прежними и могут "
                     "доводиться до услугополучателей операторами контакт-центра."],
                    "Руководитель управления                                     А. Тулеубаев")
    save(name, docx_bytes(d))
    emit(name, "refusal", "ru", "docx", "medical secret (protected by law); trap: 'Основания для отказа в оказании государственной услуги' — refusal of the SERVICE is a different thing",
         ref_key(name, "ru", reason, "protected_secret", ["01001050"]),
         "zdrav_akm", [("01001050", "Выдача справки с психоневрологической организации")], AW_ADD,
         letter("ЕКЦ-2027/197", "2027-04-13", "О представлении дополнительной информации"),
         "record the refusal (medical secret) for 01001050")


@doc
def x04():
    name = "rf-04-kerbulak-not-competent-html.eml"
    reason = "оказание государственной услуги «Выдача разрешения на вырубку деревьев» не относится к компетенции аппарата акима района"
    html = (OUTLOOK_HEAD.format(cs="utf-8") + mso_p(
        "Единому контакт-центру\n\nНа № ЕКЦ-2027/199 от 14.04.2027\n\n"
        "Аппарат акима Кербулакского района, рассмотрев Ваш запрос о представлении дополнительной информации по государственной "
        "услуге № 00501040, сообщает, что " + reason + ". Услугодателем является ГУ «Отдел жилищно-коммунального хозяйства, "
        "пассажирского транспорта и автомобильных дорог Кербулакского района», в который Вам следует обратиться.\n\n"
        "Руководитель аппарата акима района                  С. Байжанов") + OUTLOOK_TAIL)
    save(name, message(heads("Аппарат акима Кербулакского района", "kerbulak@zhetysu-akimat.gov.kz", "ответ на запрос ЕКЦ",
                             "Mon, 19 Apr 2027 12:30:00 +0500", "<kerb-0419@zhetysu-akimat.gov.kz>"),
                       text_part(html, "html", "utf-8", "quoted-printable")))
    emit(name, "refusal", "ru", "eml", "HTML-only; not competent, with a pointer to the right service provider",
         ref_key("body", "ru", reason, "not_competent", ["00501040"]),
         "akimat_kerb", [("00501040", "Выдача разрешения на вырубку деревьев")], AW_ADD,
         letter("ЕКЦ-2027/199", "2027-04-14", "О представлении дополнительной информации"),
         "record the refusal (not competent) and redirect the request to the district housing department")


@doc
def x05():
    name = "rf-05-stroy-standard-pending.pdf"
    reason = "проект нового стандарта государственной услуги находится на согласовании с заинтересованными государственными органами"
    flow = letter_pdf("КОМИТЕТ ПО ДЕЛАМ СТРОИТЕЛЬСТВА И ЖИЛИЩНО-КОММУНАЛЬНОГО ХОЗЯЙСТВА\nМИНИСТЕРСТВА ПРОМЫШЛЕННОСТИ И СТРОИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН",
                      "Исх. № 12-04/5127 от 21.04.2027", "Единый контакт-центр", None,
                      ["Комитет по делам строительства и жилищно-коммунального хозяйства рассмотрел запрос Единого контакт-центра "
                       "от 15.04.2027 № ЕКЦ-2027/200 о представлении разъяснений по срокам оказания государственной услуги "
                       "«Выдача лицензии на изыскательскую деятельность» (№ 01204021) после вступления в силу изменений.",
                       "Запрашиваемая информация не является государственным секретом или коммерческой тайной, однако в настоящее время "
                       "представить ее не представляется возможным, так как " + reason + ". Разъяснения будут направлены после "
                       "утверждения стандарта."],
                      "Заместитель Председателя                                  М. Ахметжанов")
    save(name, pdf_bytes(flow))
    emit(name, "refusal", "ru", "pdf", "negation trap: 'не является государственным секретом или коммерческой тайной' — the ground is 'other' (standard still being agreed); a promise to answer later",
         ref_key(name, "ru", reason, "other", ["01204021"]),
         "stroy", [("01204021", "Выдача лицензии на изыскательскую деятельность")], AW_ADD,
         letter("ЕКЦ-2027/200", "2027-04-15", "О представлении разъяснений"),
         "record the refusal (other) for 01204021; remind after the standard is approved")


@doc
def x06():
    name = "rf-06-geology-uranium-koi8.eml"
    reason = "перечень месторождений и данные о запасах урана, запрашиваемые в пункте 3, отнесены к государственным секретам"
    body = ("Единый контакт-центр\n\nНа N ЕКЦ-2027/201 от 16.04.2027\n\n"
            "По государственной услуге \"Выдача геологической информации, находящейся в собственности государства\" (N 01201012) "
            "сообщаем:\n\n"
            "1. Сроки оказания услуги и перечень документов не являются секретными и размещены на интернет-ресурсе Комитета.\n"
            "2. Форма заявления приведена в приложении к стандарту.\n"
            "3. Вместе с тем " + reason + ", в связи с чем в этой части информация не представляется.\n\n"
            "Председатель                                 Д. Абенов\n")
    save(name, message(heads("Комитет геологии", "geology@mps-nedra.gov.kz", "О представлении информации (01201012)",
                             "Wed, 21 Apr 2027 15:05:00 +0500", "<geo-0421-1505@mps-nedra.gov.kz>", cs="koi8-r"),
                       text_part(body, "plain", "koi8-r", "quoted-printable")))
    emit(name, "refusal", "ru", "eml", "koi8-r QP; a numbered answer where items 1–2 ARE given ('не являются секретными') and only item 3 is refused as a state secret",
         ref_key("body", "ru", reason, "state_secret", ["01201012"]),
         "nedra", [("01201012", "Выдача геологической информации, находящейся в собственности государства")], AW_ADD,
         letter("ЕКЦ-2027/201", "2027-04-16", "О представлении дополнительной информации"),
         "record the partial refusal (state secret) for item 3 of the request on 01201012")


@doc
def x07():
    name = "rf-07-kgd-tax-secret-attach.eml"
    att = "otvet_KGD_2027-04-22.docx"
    reason = "сведения о наличии налоговой задолженности конкретного налогоплательщика составляют налоговую тайну"
    d = letter_docx("КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ\nМИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН",
                    "22.04.2027 № КГД-05-2/8841", "Единый контакт-центр", None,
                    ["На запрос от 16.04.2027 № ЕКЦ-2027/202 о подтверждении наличия налоговой задолженности у услугополучателя, "
                     "обратившегося в контакт-центр по государственной услуге «Выдача сведений об отсутствии (наличии) задолженности» "
                     "(№ 00101005), сообщаем, что в соответствии со статьей 30 Налогового кодекса Республики Казахстан " + reason +
                     " и не могут быть переданы третьим лицам.",
                     "Услугополучатель вправе самостоятельно получить указанные сведения через портал электронного правительства."],
                    "Заместитель Председателя                                 Ж. Ергалиев")
    body = ("Добрый день.\n\nВо вложении ответ КГД МФ РК на ваш запрос. Оригинал направлен через ЕСЭДО.\n\n"
            "--\nУправление документационного обеспечения КГД МФ РК\n\n"
            "ВНИМАНИЕ: сообщение может содержать информацию ограниченного распространения. Если оно получено по ошибке, удалите его.\n")
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "quoted-printable"), attach_part(att, docx_bytes(d), MIME_DOCX)],
                    "==KGD==mixed==0422")
    save(name, message(heads("УДО КГД", "kgd@kgd-minfin.gov.kz", "Ответ на запрос ЕКЦ-2027/202", "Thu, 22 Apr 2027 17:20:00 +0500",
                             "<kgd-0422-8841@kgd-minfin.gov.kz>"), top))
    emit(name, "refusal", "ru", "eml", "the refusal is in a DOCX attachment; tax secret (a secret protected by law); the covering note's disclaimer speaks of restricted information too",
         ref_key(att, "ru", reason, "protected_secret", ["00101005"]),
         "kgd", [("00101005", "Выдача сведений об отсутствии (наличии) задолженности")], AW_ADD,
         letter("ЕКЦ-2027/202", "2027-04-16", "О представлении дополнительной информации"),
         "record the refusal (tax secret) for 00101005")


@doc
def x08():
    name = "rf-08-soc-abai-not-provider.txt"
    reason = "Управление не является услугодателем по данной государственной услуге"
    text = ("Единый контакт-центр\n\n"
            "На Ваше письмо от 19.04.2027 № ЕКЦ-2027/204 по государственной услуге «Назначение государственных социальных пособий "
            "по инвалидности» (№ 00602001) Управление занятости и социальных программ области Абай сообщает, что " + reason +
            ": назначение пособий осуществляет Департамент Комитета труда и социальной защиты по области Абай, прием документов — "
            "Государственная корпорация «Правительство для граждан».\n\n"
            "Просим направить запрос по принадлежности.\n\n"
            "С уважением,\nРуководитель управления\nЕ. Калиакпаров\n")
    save(name, txt(text, "utf-8"))
    emit(name, "refusal", "ru", "txt", "UTF-8 text; 'не является услугодателем' (not competent) followed by who is",
         ref_key(name, "ru", reason, "not_competent", ["00602001"]),
         "soc_abai", [("00602001", "Назначение государственных социальных пособий по инвалидности")], AW_ADD,
         letter("ЕКЦ-2027/204", "2027-04-19", "О представлении дополнительной информации"),
         "record the refusal (not competent); forward the request to the labour department")


@doc
def x09():
    name = "rf-09-predpr-atyrau-commercial.docx"
    reason = "условия кредитных договоров субъектов предпринимательства с банками второго уровня являются коммерческой тайной сторон"
    d = letter_docx("УПРАВЛЕНИЕ ПРЕДПРИНИМАТЕЛЬСТВА И ИНДУСТРИАЛЬНО-ИННОВАЦИОННОГО РАЗВИТИЯ АТЫРАУСКОЙ ОБЛАСТИ",
                    "Исх. № 02-08/2214 от 26.04.2027", "Руководителю Единого контакт-центра", "О рассмотрении запроса",
                    ["В ответ на запрос № ЕКЦ-2027/206 от 20.04.2027 о представлении перечня получателей субсидий по государственной "
                     "услуге № 00102031 с указанием банков, сумм кредитов и ставок вознаграждения сообщаем следующее.",
                     "Перечень получателей в разрезе банков, сумм и ставок представлен быть не может, поскольку " + reason + ".",
                     "Сводные сведения о количестве получателей и общем объеме субсидий публикуются ежеквартально на сайте www.atyrau-biz.gov.kz."],
                    "Руководитель                                           Т. Сулейменов",
                    after="Исп. Досмухамбетова А.К., 35-60-22")
    save(name, docx_bytes(d))
    emit(name, "refusal", "ru", "docx", "commercial secret of the parties to credit agreements; an offer of published aggregate figures",
         ref_key(name, "ru", reason, "commercial_secret", ["00102031"]),
         "predpr_atr", [("00102031", "Предоставление субсидий на возмещение части ставки вознаграждения по кредитам субъектов предпринимательства")], AW_ADD,
         letter("ЕКЦ-2027/206", "2027-04-20", "О представлении дополнительной информации"),
         "record the refusal (commercial secret) for 00102031")


@doc
def x10():
    name = "rf-10-selhoz-already-sent-nocharset.eml"
    reason = "сведения были представлены ранее письмом от 10.03.2027 № 07-2/311 и повторному представлению не подлежат"
    body = ("Добрый день!\n\nПо вашему повторному запросу № ЕКЦ-2027/208 от 21.04.2027 (услуги 00303021, 00303024) сообщаем, что "
            + reason + ". Просим руководствоваться ранее направленной информацией.\n\n"
            "Управление сельского хозяйства Туркестанской области\nотдел растениеводства\n")
    save(name, message(heads("Турсунов Алишер", "a.tursunov@turkistan-agro.gov.kz", "Re: повторный запрос ЕКЦ-2027/208",
                             "Mon, 26 Apr 2027 08:55:00 +0500", "<ta-0426@turkistan-agro.gov.kz>"),
                       text_part(body, "plain", "utf-8", "8bit", label=None)))
    emit(name, "refusal", "ru", "eml", "UTF-8 8bit body with NO charset label; refusal on the ground 'already sent' (other), two registry numbers",
         ref_key("body", "ru", reason, "other", ["00303021", "00303024"]),
         "selhoz_trk", [("00303021", "Субсидирование стоимости удобрений (за исключением органических)"),
                        ("00303024", "Субсидирование стоимости пестицидов, биоагентов (энтомофагов)")], AW_ADD,
         letter("ЕКЦ-2027/208", "2027-04-21", "Повторный запрос информации"),
         "record the refusal (other); check the letter of 2027-03-10")


@doc
def x11():
    name = "rf-11-shymkent-adoption-cp866.txt"
    reason = "сведения об усыновителях и усыновленных детях составляют тайну усыновления (удочерения), охраняемую законом"
    text = ("Управление образования города Шымкент\nN 05-19/1402 от 27.04.2027\n\n"
            "Единый контакт-центр\n\n"
            "На Ваш запрос от 22.04.2027 N ЕКЦ-2027/210 по государственной услуге \"Выдача справок по опеке и попечительству\" "
            "(N 00401030) сообщаем, что представить примеры решений по конкретным обращениям невозможно: " + reason + ".\n\n"
            "Руководитель управления                       Н. Абенов\n")
    save(name, txt(text, "cp866"))
    emit(name, "refusal", "ru", "txt", "DOS cp866; secret of adoption (protected by law); the reason follows a colon",
         ref_key(name, "ru", reason, "protected_secret", ["00401030"]),
         "obr_shym", [("00401030", "Выдача справок по опеке и попечительству")], AW_ADD,
         letter("ЕКЦ-2027/210", "2027-04-22", "О представлении дополнительной информации"),
         "record the refusal (secret of adoption) for 00401030")


@doc
def x12():
    name = "rf-12-mo-state-secret-kk.eml"
    reason = "әскери қызметшілердің лауазымдары мен әскери бөлімдердің шартты атаулары туралы мәліметтер мемлекеттік құпияларға жатады"
    body = ("Бірыңғай байланыс орталығына\n\n"
            "Қазақстан Республикасы Қорғаныс министрлігі «Әскери қызметшілерге тұрғын үй төлемдерін тағайындау» (№ 01801007) "
            "мемлекеттік көрсетілетін қызметі бойынша қосымша ақпарат беру туралы 2027 жылғы 23 сәуірдегі № ЕКЦ-2027/212 сұрау "
            "салуды қарап, мынаны хабарлайды.\n\n"
            "Сұратылып отырған тізімді беру мүмкін емес, себебі " + reason + " («Мемлекеттік құпиялар туралы» Қазақстан Республикасы "
            "Заңы).\n\n"
            "Құжаттамалық қамтамасыз ету басқармасының бастығы                Н. Бекмырзаев\n")
    save(name, message(heads("ҚР ҚМ кеңсесі", "kanc@mod-rk.gov.kz", "ЕКЦ-2027/212 сұрау салуға жауап", "Thu, 29 Apr 2027 10:40:00 +0500",
                             "<mo-2027-0429-kk@mod-rk.gov.kz>"), text_part(body, "plain", "utf-8", "base64")))
    emit(name, "refusal", "kk", "eml", "Kazakh refusal: state secrets ('мемлекеттік құпияларға жатады') after 'себебі'",
         ref_key("body", "kk", reason, "state_secret", ["01801007"]),
         "mo", [("01801007", "Әскери қызметшілерге тұрғын үй төлемдерін тағайындау")], AW_ADD,
         letter("ЕКЦ-2027/212", "2027-04-23", "Қосымша ақпарат беру туралы"),
         "record the refusal (state secret) for 01801007")


@doc
def x13():
    name = "rf-13-tabigat-commercial-kk.docx"
    reason = "аңшылық шаруашылығы субъектілерімен жасалған шарттардың талаптары коммерциялық құпия болып табылады"
    d = letter_docx("ТҮРКІСТАН ОБЛЫСЫНЫҢ ТАБИҒИ РЕСУРСТАР ЖӘНЕ ТАБИҒАТ ПАЙДАЛАНУДЫ РЕТТЕУ БАСҚАРМАСЫ",
                    "2027 жылғы 30 сәуір № 05-14/702", "Бірыңғай байланыс орталығы", None,
                    ["2027 жылғы 26 сәуірдегі № ЕКЦ-2027/214 хатыңызға жауап ретінде «Аңшылық алқаптарын бекітіп беру» (№ 01102030) "
                     "мемлекеттік көрсетілетін қызметі бойынша шарттардың көшірмелерін беру мүмкін емес екенін хабарлаймыз, өйткені "
                     + reason + ".",
                     "Аңшылық алқаптарының тізбесі басқарманың интернет-ресурсында жарияланған."],
                    "Басқарма басшысы                                   Қ. Тұрсынбеков")
    save(name, docx_bytes(d))
    emit(name, "refusal", "kk", "docx", "Kazakh refusal: commercial secret of hunting users after 'өйткені'",
         ref_key(name, "kk", reason, "commercial_secret", ["01102030"]),
         "tko", [("01102030", "Аңшылық алқаптарын бекітіп беру")], AW_ADD,
         letter("ЕКЦ-2027/214", "2027-04-26", "Қосымша ақпарат беру туралы"),
         "record the refusal (commercial secret) for 01102030")


@doc
def x14():
    name = "rf-14-bilim-aktobe-not-competent-kk.txt"
    reason = "аталған мемлекеттік көрсетілетін қызмет басқарманың құзыретіне жатпайды"
    text = ("Бірыңғай байланыс орталығына\n\n"
            "Ақтөбе облысының білім басқармасы Сіздің 2027 жылғы 27 сәуірдегі № ЕКЦ-2027/216 хатыңызды қарап, "
            "«Педагогтерді аттестаттаудан өткізу» (№ 00401045) қызметі бойынша мынаны хабарлайды: " + reason +
            ", педагогтерді аттестаттауды Оқу-ағарту министрлігінің Білім саласындағы сапаны қамтамасыз ету комитетінің "
            "аумақтық департаменті жүргізеді.\n\n"
            "Басқарма басшысының орынбасары                      Г. Есқалиева\n")
    save(name, txt(text, "utf-8-sig"))
    emit(name, "refusal", "kk", "txt", "Kazakh UTF-8 with BOM; not competent ('құзыретіне жатпайды') and who is",
         ref_key(name, "kk", reason, "not_competent", ["00401045"]),
         "bilim_akt", [("00401045", "Педагогтерді аттестаттаудан өткізу")], AW_ADD,
         letter("ЕКЦ-2027/216", "2027-04-27", "Қосымша ақпарат беру туралы"),
         "record the refusal (not competent) for 00401045")


@doc
def x15():
    name = "rf-15-densau-zko-medical-kk.eml"
    reason = "пациенттердің денсаулық жағдайы туралы мәліметтер дәрігерлік құпияны құрайды"
    html = ("<html><body style=\"font-family:Times New Roman;font-size:14pt\">"
            "<p>Бірыңғай байланыс орталығына</p>"
            "<p>2027 жылғы 28 сәуірдегі № ЕКЦ-2027/218 сұрау салуыңызға жауап ретінде Батыс Қазақстан облысының денсаулық сақтау "
            "басқармасы «Фармацевтикалық қызметке лицензия беру» (№ 01001040) қызметі бойынша өтініш берушілердің денсаулығына "
            "қатысты деректерді ұсына алмайтынын хабарлайды, себебі " + reason + " және заңмен қорғалады.</p>"
            "<p>Басшының орынбасары&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;С. Мұқанова</p></body></html>")
    save(name, message(heads("БҚО денсаулық сақтау басқармасы", "densaulyk@bko-densau.gov.kz", "Жауап: ЕКЦ-2027/218",
                             "Tue, 4 May 2027 11:11:00 +0500", "<bko-0504-1111@bko-densau.gov.kz>"),
                       text_part(html, "html", "utf-8", "base64")))
    emit(name, "refusal", "kk", "eml", "Kazakh HTML-only; medical secret ('дәрігерлік құпия') protected by law",
         ref_key("body", "kk", reason, "protected_secret", ["01001040"]),
         "densau_zko", [("01001040", "Фармацевтикалық қызметке лицензия беру")], AW_ADD,
         letter("ЕКЦ-2027/218", "2027-04-28", "Қосымша ақпарат беру туралы"),
         "record the refusal (medical secret) for 01001040")


@doc
def x16():
    name = "rf-16-sport-pavlodar-excluded-kk.pdf"
    reason = "аталған қызмет 2027 жылғы 1 наурыздан бастап Мемлекеттік көрсетілетін қызметтер тізілімінен алып тасталды"
    flow = letter_pdf("ПАВЛОДАР ОБЛЫСЫНЫҢ ДЕНЕ ШЫНЫҚТЫРУ ЖӘНЕ СПОРТ БАСҚАРМАСЫ", "Шығ. № 03-11/905, 2027 жылғы 5 мамыр",
                      "Бірыңғай байланыс орталығына", None,
                      ["«Бірінші спорттық разряд және жоғары санатты жаттықтырушы біліктілігін беру» (№ 00902004) мемлекеттік "
                       "көрсетілетін қызметі бойынша қосымша ақпарат беру туралы 2027 жылғы 29 сәуірдегі № ЕКЦ-2027/220 сұрау салуға "
                       "жауап ретінде ақпарат берілмейтінін хабарлаймыз, себебі " + reason + ".",
                       "Бұл ақпарат мемлекеттік құпия немесе коммерциялық құпия болып табылмайды; қызмет жай ғана енді көрсетілмейді."],
                      "Басшы                                             Т. Омаров")
    save(name, pdf_bytes(flow))
    emit(name, "refusal", "kk", "pdf", "Kazakh PDF; ground 'other' (service removed from the registry) with a negated mention of state and commercial secrets",
         ref_key(name, "kk", reason, "other", ["00902004"]),
         "sport_pvl", [("00902004", "Бірінші спорттық разряд және жоғары санатты жаттықтырушы біліктілігін беру")], AW_ADD,
         letter("ЕКЦ-2027/220", "2027-04-29", "Қосымша ақпарат беру туралы"),
         "record the refusal (other); check whether 00902004 must be withdrawn from consulting")


@doc
def x17():
    name = "rf-17-reserve-state-secret-1251-bi.eml"
    reason = "сведения о номенклатуре и объемах материальных ценностей государственного резерва составляют государственные секреты"
    body = ("Бiрынгай байланыс орталыгына / Единому контакт-центру\n\n"
            "Мемлекеттiк материалдык резервтер комитетi Сiздiн N ЕКЦ-2027/222 сурау салуыныз бойынша сураган мэлiметтердi беру "
            "мумкiн емес екенiн хабарлайды.\n\n"
            "Комитет по государственным материальным резервам на Ваш запрос N ЕКЦ-2027/222 от 30.04.2027 по государственной услуге "
            "\"Выдача разрешения на выпуск материальных ценностей из государственного резерва\" (N 01901002) сообщает, что "
            + reason + " и представлены быть не могут.\n\n"
            "Председатель / Торага                              Б. Мусин\n")
    save(name, message(heads("КГМР МЧС", "kgmr@emer-rezerv.gov.kz", "Жауап / Ответ ЕКЦ-2027/222", "Thu, 6 May 2027 09:30:00 +0500",
                             "<kgmr-0506@emer-rezerv.gov.kz>", cs="windows-1251"),
                       text_part(body, "plain", "cp1251", "base64", label="windows-1251")))
    emit(name, "refusal", "bilingual", "eml", "windows-1251 base64; Kazakh half typed without Kazakh letters (and carrying no reason), Russian half has the state-secret reason",
         ref_key("body", "bi", reason, "state_secret", ["01901002"]),
         "reserve", [("01901002", "Выдача разрешения на выпуск материальных ценностей из государственного резерва")], AW_ADD,
         letter("ЕКЦ-2027/222", "2027-04-30", "О представлении дополнительной информации"),
         "record the refusal (state secret) for 01901002")


@doc
def x18():
    name = "rf-18-transport-commercial-bi.docx"
    reason = "сведения о тарифах перевозчиков, представленные в составе заявок, являются коммерческой тайной перевозчиков"
    d = letter_docx("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ КӨЛІК МИНИСТРЛІГІНІҢ КӨЛІК КОМИТЕТІ\nКОМИТЕТ ТРАНСПОРТА МИНИСТЕРСТВА ТРАНСПОРТА РЕСПУБЛИКИ КАЗАХСТАН",
                    "07.05.2027 № 17-05/3120", "Бірыңғай байланыс орталығына\nЕдиному контакт-центру", None,
                    ["Көлік комитеті № 00302021 мемлекеттік көрсетілетін қызмет бойынша 2027 жылғы 3 мамырдағы № ЕКЦ-2027/224 "
                     "сұрау салуды қарап, тасымалдаушылардың тарифтері туралы мәліметтерді бере алмайтынын хабарлайды.",
                     "Комитет транспорта, рассмотрев запрос от 3 мая 2027 года № ЕКЦ-2027/224 по государственной услуге № 00302021, "
                     "сообщает, что " + reason + ", и их представление Единому контакт-центру не предусмотрено."],
                    "Төрағаның орынбасары / Заместитель Председателя                 Д. Сейтказин")
    save(name, docx_bytes(d))
    emit(name, "refusal", "bilingual", "docx", "Kazakh paragraph declines without naming a ground; Russian paragraph names the commercial secret",
         ref_key(name, "bi", reason, "commercial_secret", ["00302021"]),
         "transport", [("00302021", "Выдача удостоверения допуска к международным автомобильным перевозкам грузов")], AW_ADD,
         letter("ЕКЦ-2027/224", "2027-05-03", "О представлении дополнительной информации"),
         "record the refusal (commercial secret) for 00302021")


@doc
def x19():
    name = "rf-19-zem-karaganda-not-competent-utf16-bi.txt"
    reason = "аталған мемлекеттік көрсетілетін қызмет Басқарманың құзыретіне кірмейді"
    text = ("Бірыңғай байланыс орталығына / Единому контакт-центру\n\n"
            "Қарағанды облысының жер қатынастары басқармасы 2027 жылғы 4 мамырдағы № ЕКЦ-2027/226 сұрау салуға жауап ретінде "
            "хабарлайды: " + reason + ", жер учаскесіне сәйкестендіру құжатын «Азаматтарға арналған үкімет» мемлекеттік корпорациясы береді.\n\n"
            "Управление земельных отношений Карагандинской области сообщает, что выдача идентификационного документа на "
            "земельный участок (№ 00201050) осуществляется Государственной корпорацией «Правительство для граждан», "
            "в связи с чем Управление дополнительную информацию не представляет.\n\n"
            "Басшы / Руководитель                          Е. Дюсенов\n")
    save(name, txt(text, "utf-16"))
    emit(name, "refusal", "bilingual", "txt", "UTF-16 LE BOM; Kazakh first with the not-competent clause, Russian paraphrase after it",
         ref_key(name, "bi", reason, "not_competent", ["00201050"]),
         "zem_krg", [("00201050", "Выдача идентификационного документа на земельный участок")], AW_ADD,
         letter("ЕКЦ-2027/226", "2027-05-04", "О представлении дополнительной информации"),
         "record the refusal (not competent) for 00201050")


@doc
def x20():
    name = "rf-20-zhumys-almaty-no-records-bi.eml"
    reason = "учет обращений по данной услуге в разрезе районов города не ведется"
    plain = ("Уважаемые коллеги!\n\nНа запрос № ЕКЦ-2027/228 от 05.05.2027 о количестве обращений по государственной услуге "
             "«Назначение адресной социальной помощи» (№ 00601001) в разрезе районов сообщаем, что " + reason +
             ", поэтому представить такие данные не можем.\n\n"
             "Құрметті әріптестер! Аудандар бөлінісінде өтініштер саны туралы деректерді ұсыну мүмкін емес, себебі мұндай есеп жүргізілмейді.\n\n"
             "С уважением / Құрметпен,\nДүйсенов А.\n")
    html = "<div>" + "</div><div>".join(_h(x) or "<br>" for x in plain.split("\n")) + "</div>"
    top = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")], "alt-0505-zh")
    save(name, message(heads("Дүйсенов Арман", "a.duisenov@almaty-aleumet.gov.kz", "RE: ЕКЦ-2027/228", "Fri, 7 May 2027 16:16:00 +0500",
                             "<almaty-0507@almaty-aleumet.gov.kz>"), top))
    emit(name, "refusal", "bilingual", "eml", "multipart/alternative; 'other' ground: the records are not kept; Russian first, Kazakh repeat",
         ref_key("body", "bi", reason, "other", ["00601001"]),
         "zhumys_alm", [("00601001", "Назначение адресной социальной помощи")], AW_ADD,
         letter("ЕКЦ-2027/228", "2027-05-05", "О представлении дополнительной информации"),
         "record the refusal (other) for 00601001")


# ============================================================================= change_notice
def cn(reg, **changed):
    d = {"registry_number": reg, "standard": None, "regulation": None, "npa_changes": None, "website": None}
    d.update(changed)
    return d


def cn_key(part, lang, services, change_date="omit"):
    d = {"part": part, "kind": "change_notice"}
    if lang in ("ru", "kk"):
        d["language"] = lang
    d["services"] = services
    if change_date != "omit":
        d["change_date"] = change_date
    return [d]


CONS = "consulting"


@doc
def c01():
    name = "cn-01-vet-kostanay-new-standard.eml"
    std = "Стандарт государственной услуги «Выдача ветеринарной справки», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 3 мая 2027 года № 142"
    body = ("Уважаемые коллеги!\n\nВ соответствии с пунктом 6 Правил взаимодействия сообщаем об изменении сведений по государственной "
            "услуге «Выдача ветеринарной справки» (№ 00805004).\n\n"
            "Новые реквизиты стандарта: " + std + ".\n"
            "Приказ вводится в действие с 20 мая 2027 года.\n\n"
            "Остальные сведения (регламент, интернет-ресурс, ответственное лицо) остаются без изменений.\n\n"
            "Сергеев Андрей Михайлович\nглавный ветеринарный врач отдела ВСК\nтел. 8 (7142) 50-31-49\n")
    save(name, message(heads("Сергеев Андрей", "a.sergeev@kostanay-obl.gov.kz", "Изменение стандарта госуслуги 00805004",
                             "Mon, 10 May 2027 10:10:00 +0500", "<kst-vet-0510@kostanay-obl.gov.kz>"),
                       text_part(body, "plain", "utf-8", "base64")))
    emit(name, "change_notice", "ru", "eml", "new standard on a labelled line; effective date on the next line; sentence saying the other fields did not change; signature names the sender",
         cn_key("body", "ru", [cn("00805004", standard=std)], "2027-05-20"),
         "vet_kst", [("00805004", "Выдача ветеринарной справки")], CONS, None,
         "update the standard of 00805004 (in force 2027-05-20)")


@doc
def c02():
    name = "cn-02-arhiv-zhambyl-website-1251.txt"
    web = "https://www.gov.kz/memleket/entities/zhambyl-madeniet"
    text = ("Управление культуры, архивов и документации акимата Жамбылской области\n"
            "Исх. № 01-07/733 от 26.04.2027\n\n"
            "Единому контакт-центру\n\n"
            "Сообщаем, что в связи с переходом на единую платформу интернет-ресурсов государственных органов информация о "
            "государственных услугах № 00703002, № 00703005 и № 00703009 размещается по адресу " + web + "\n\n"
            "Прежний адрес www.zhambyl-madeniet.gov.kz с 1 мая 2027 года не поддерживается.\n\n"
            "Руководитель управления                                 Ж. Садыкова\n")
    save(name, txt(text, "cp1251"))
    emit(name, "change_notice", "ru", "txt", "windows-1251; new web address for three services; the old address also appears (must not be taken) and carries the date",
         cn_key(name, "ru", [cn("00703002", website=web), cn("00703005", website=web), cn("00703009", website=web)], "2027-05-01"),
         "arh_zhmb", [("00703002", "Выдача архивных справок"), ("00703005", "Выдача копий архивных документов"),
                      ("00703009", "Выдача архивных справок о трудовом стаже")], CONS, None,
         "update the website of the three archive services")


@doc
def c03():
    name = "cn-03-zem-karaganda-new-regulation.docx"
    regl = "Регламент государственной услуги «Выдача разрешения на использование земельного участка для изыскательских работ», утвержденный постановлением акимата Карагандинской области от 22 апреля 2027 года № 28/01"
    d = letter_docx("ҚАРАҒАНДЫ ОБЛЫСЫНЫҢ ЖЕР ҚАТЫНАСТАРЫ БАСҚАРМАСЫ\nУПРАВЛЕНИЕ ЗЕМЕЛЬНЫХ ОТНОШЕНИЙ КАРАГАНДИНСКОЙ ОБЛАСТИ",
                    "№ 04-12/905 от 28.04.2027", "Единый контакт-центр", "Об изменении сведений по государственной услуге",
                    ["Управление земельных отношений Карагандинской области в порядке актуализации сведений, представленных по форме "
                     "приложения 1, сообщает, что по государственной услуге № 00201014 утвержден новый регламент.",
                     "Новая редакция графы 5: " + regl + " (вводится в действие с 10 мая 2027 года).",
                     "Постановление акимата Карагандинской области от 17 ноября 2026 года № 64/02 утратило силу."],
                    "Руководитель управления                                  Е. Дюсенов",
                    after="Исп. Жаксылыкова А.М., 41-22-37")
    save(name, docx_bytes(d))
    emit(name, "change_notice", "ru", "docx", "new regulation introduced as 'Новая редакция графы 5'; the repealed regulation is also named; effective date in brackets",
         cn_key(name, "ru", [cn("00201014", regulation=regl)], "2027-05-10"),
         "zem_krg", [("00201014", "Выдача разрешения на использование земельного участка для изыскательских работ")], CONS, None,
         "update the regulation of 00201014")


@doc
def c04():
    name = "cn-04-zdrav-akmola-npa-html.eml"
    npa = "Приказ Министра здравоохранения Республики Казахстан от 20 апреля 2027 года № ҚР ДСМ-44 «О внесении изменений в приказ Министра здравоохранения Республики Казахстан от 30 ноября 2026 года № ҚР ДСМ-118»"
    html = (OUTLOOK_HEAD.format(cs="utf-8") + mso_p(
        "Добрый день!\n\nПо государственной услуге № 01001006 «Выдача лицензии на медицинскую деятельность» внесены изменения в стандарт.\n\n"
        "Изменения НПА: " + npa + ".\n\nИзменения вступают в силу 5 мая 2027 года. Сокращен срок оказания услуги с 15 до 10 рабочих дней.\n\n"
        "С уважением,\nЖумабекова Айгуль\nотдел лицензирования") + OUTLOOK_TAIL)
    save(name, message(heads("Жумабекова Айгуль", "zhumabekova.a@akmola-densaulyk.gov.kz", "Изменения по услуге 01001006",
                             "Wed, 28 Apr 2027 09:45:00 +0500", "<akm-0428@akmola-densaulyk.gov.kz>"),
                       text_part(html, "html", "utf-8", "quoted-printable")))
    emit(name, "change_notice", "ru", "eml", "HTML-only; amending order on an 'Изменения НПА:' line; the standard itself is named inside the amending order (must not become 'standard')",
         cn_key("body", "ru", [cn("01001006", npa_changes=npa)], "2027-05-05"),
         "zdrav_akm", [("01001006", "Выдача лицензии на медицинскую деятельность")], CONS, None,
         "record the amending order for 01001006; update the term of service")


@doc
def c05():
    name = "cn-05-tourism-two-changes.pdf"
    std = "Стандарт государственной услуги «Выдача лицензии на занятие туристской операторской деятельностью (туроператорская деятельность)», утвержденный приказом Министра туризма и спорта Республики Казахстан от 29 апреля 2027 года № 97"
    web = "www.gov.kz/memleket/entities/tourism/activities/routes"
    flow = letter_pdf("КОМИТЕТ ИНДУСТРИИ ТУРИЗМА МИНИСТЕРСТВА ТУРИЗМА И СПОРТА РЕСПУБЛИКИ КАЗАХСТАН",
                      "Исх. № 21-4/1702 от 06.05.2027", "Единый контакт-центр", "Об актуализации сведений",
                      ["Комитет индустрии туризма направляет изменения в сведения, ранее представленные по форме приложения 1:"], "")
    flow = flow[:-2] + [ptable([["№", "№ в реестре", "Что изменилось", "Новые сведения"],
                                ["1", "00904011", "Стандарт государственной услуги", std],
                                ["2", "00904015", "Интернет-ресурс", web]], [10, 25, 40, 105], size=9),
                        SP(8), PP("Заместитель Председателя                                 А. Жунусова", 11)]
    save(name, pdf_bytes(flow))
    emit(name, "change_notice", "ru", "pdf", "two services with different changed fields, given in a 'what changed | new value' table",
         cn_key(name, "ru", [cn("00904011", standard=std), cn("00904015", website=web)]),
         "tour", [("00904011", "Выдача лицензии на занятие туристской операторской деятельностью (туроператорская деятельность)"),
                  ("00904015", "Включение в государственный реестр туристских маршрутов и троп")], CONS, None,
         "update the standard of 00904011 and the website of 00904015")


@doc
def c06():
    name = "cn-06-migr-standard-regulation-koi8.eml"
    std = kfix("Стандарт государственной услуги «Регистрация по месту жительства граждан Республики Казахстан», утвержденный приказом Министра внутренних дел Республики Казахстан от 30 апреля 2027 года № 311")
    regl = kfix("Регламент государственной услуги «Регистрация по месту жительства граждан Республики Казахстан», утвержденный приказом Министра внутренних дел Республики Казахстан от 12 мая 2027 года № 340")
    body = kfix("Единый контакт-центр\n\nДМС г. Астаны сообщает об изменении сведений по услуге № 01601003:\n\n"
                "- стандарт: " + std + ";\n- регламент: " + regl + ".\n\n"
                "Изменения применяются с 1 июня 2027 года.\n\nИнспектор ОРР Байжанов А.Е.\n")
    save(name, message(heads("Байжанов А.Е.", "a.baizhanov@astana-police.gov.kz", "изменения 01601003", "Fri, 14 May 2027 12:00:00 +0500",
                             "<dms-0514@astana-police.gov.kz>", cs="koi8-r"), text_part(body, "plain", "koi8-r", "base64")))
    emit(name, "change_notice", "ru", "eml", "koi8-r base64; both standard and regulation on dash-list lines (quotes and № replaced, as koi8-r lacks them)",
         cn_key("body", "ru", [cn("01601003", standard=std, regulation=regl)], "2027-06-01"),
         "migr", [("01601003", "Регистрация по месту жительства граждан Республики Казахстан")], CONS, None,
         "update standard and regulation of 01601003 from 2027-06-01")


@doc
def c07():
    import openpyxl
    from openpyxl.styles import PatternFill
    name = "cn-07-arch-pavlodar-revised-xlsx.eml"
    att = "prilozhenie1_aktualizaciya.xlsx"
    regl = "Регламент государственной услуги «Выдача архитектурно-планировочного задания», утвержденный постановлением акимата Павлодарской области от 30 апреля 2027 года № 118/4"
    npa = "Приказ Министра промышленности и строительства Республики Казахстан от 14 апреля 2027 года № 121 «О внесении изменений в приказ от 30 октября 2026 года № 395»"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "актуализация"
    ws["A1"] = "Актуализированные сведения (изменения выделены цветом)"
    xl_rows(ws, 2, [HDR_RU], bold=True)
    xl_rows(ws, 3, [[1, "00501001", "Выдача архитектурно-планировочного задания",
                     "Стандарт государственной услуги «Выдача архитектурно-планировочного задания», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 30 октября 2026 года № 395",
                     regl, "-", "www.pavlodar-sauletd.gov.kz",
                     "Ибраев Канат Серикович, главный архитектор отдела градостроительного контроля, 8 (7182) 55-20-31, k.ibraev@pavlodar-sauletd.gov.kz"],
                    [2, "00501004", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий",
                     "Стандарт государственной услуги «Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 30 октября 2026 года № 395",
                     "Регламент государственной услуги «Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий», утвержденный постановлением акимата Павлодарской области от 8 декабря 2026 года № 305/10",
                     npa, "www.pavlodar-sauletd.gov.kz",
                     "Гончаренко Наталья Павловна, ведущий специалист, 8 (7182) 55-20-36, n.goncharenko@pavlodar-sauletd.gov.kz"]])
    yellow = PatternFill("solid", fgColor="FFFF00")
    ws["E3"].fill = yellow
    ws["F4"].fill = yellow
    for col, wdt in zip("ABCDEFGH", [5, 12, 30, 44, 44, 36, 22, 36]):
        ws.column_dimensions[col].width = wdt
    body = ("Добрый день!\n\nВ порядке пункта 6 Правил направляем актуализированную форму приложения 1. Изменились регламент по "
            "услуге 00501001 и графа 6 по услуге 00501004 (ячейки выделены желтым). Остальное без изменений.\n\n"
            "Гончаренко Н.П.\n")
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "base64"), attach_part(att, xlsx_bytes(wb), MIME_XLSX)], "mixed-pvl-0512")
    save(name, message(heads("Гончаренко Наталья", "n.goncharenko@pavlodar-sauletd.gov.kz", "актуализация приложения 1",
                             "Wed, 12 May 2027 11:30:00 +0500", "<pvl-0512@pavlodar-sauletd.gov.kz>"), top))
    emit(name, "change_notice", "ru", "eml", "revised full Appendix 1 table as XLSX where only the highlighted cells changed (the body says which); only those fields are keyed",
         [{"part": att, "kind": "change_notice", "language": "ru",
           "services": [{"registry_number": "00501001", "regulation": regl}, {"registry_number": "00501004", "npa_changes": npa}]}],
         "arch_pvl", [("00501001", "Выдача архитектурно-планировочного задания"),
                      ("00501004", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий")],
         CONS, None, "update the regulation of 00501001 and the legal acts of 00501004")


@doc
def c08():
    name = "cn-08-shymkent-bez-izmeneniy.docx"
    regl = "Регламент государственной услуги «Прием документов и зачисление детей в дошкольные организации образования», утвержденный постановлением акимата города Шымкент от 27 апреля 2027 года № 301"
    web = "www.gov.kz/memleket/entities/shymkent-bilim"
    d = new_docx(landscape=True, size=11)
    para(d, "Управление образования города Шымкент", bold=True, align="c")
    para(d, "Изменения в сведениях по государственной услуге (пункт 6 Правил взаимодействия)", align="c")
    table(d, [["№ в реестре", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс", "Ответственное лицо"],
              ["00401003", "без изменений", regl, "без изменений", web, "без изменений"]],
          widths=[2.5, 3.0, 8.0, 3.0, 5.0, 3.5], bold_rows=(0,), size=10)
    para(d, "")
    para(d, "Дата изменения: 03.05.2027")
    para(d, "Исполнитель: Мусина А.Е.")
    save(name, docx_bytes(d))
    emit(name, "change_notice", "ru", "docx", "table whose unchanged columns say 'без изменений' (must give null); 'Дата изменения' and an 'Исполнитель' line like a form",
         cn_key(name, "ru", [cn("00401003", regulation=regl, website=web)], "2027-05-03"),
         "obr_shym", [("00401003", "Прием документов и зачисление детей в дошкольные организации образования")], CONS, None,
         "update the regulation and website of 00401003")


@doc
def c09():
    name = "cn-09-zags-law-change.txt"
    npa = "Закон Республики Казахстан от 12 апреля 2027 года № 45-VIII «О внесении изменений и дополнений в некоторые законодательные акты Республики Казахстан по вопросам регистрации актов гражданского состояния»"
    text = ("Единый контакт-центр\n\nОтдел регистрации актов гражданского состояния города Караганды информирует, что " + npa +
            " внесены изменения в Кодекс Республики Казахстан «О браке (супружестве) и семье», затрагивающие порядок оказания "
            "государственной услуги № 01501002 (регистрация рождения ребенка).\n\n"
            "Изменения вступили в силу 25 апреля 2027 года. Стандарт и регламент будут приведены в соответствие в установленном порядке, "
            "о чем сообщим дополнительно.\n\nЗаведующая отделом И. Полякова\n")
    save(name, txt(text, "utf-8"))
    emit(name, "change_notice", "ru", "txt", "a law (not an order) changes the legal acts; the sentence goes on after the law's title; standard/regulation announced as coming later (still null)",
         cn_key(name, "ru", [cn("01501002", npa_changes=npa)], "2027-04-25"),
         "zags_krg", [("01501002", "Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния")],
         CONS, None, "record the amending law for 01501002")


@doc
def c10():
    name = "cn-10-ecology-only-regulation.eml"
    regl = "Регламент государственной услуги «Выдача разрешения на эмиссии в окружающую среду для объектов II категории», утвержденный приказом Председателя Комитета экологического регулирования и контроля от 14 апреля 2027 года № 12-ө"
    body = ("Здравствуйте!\n\nПо услуге 01102003: стандарт государственной услуги не изменялся, интернет-ресурс прежний. "
            "Изменен только регламент — " + regl + ".\n\nЖанабаева Г.С.\n")
    save(name, message(heads("Жанабаева Гаухар", "g.zhanabaeva@vko-ecology.gov.kz", "регламент 01102003", "Mon, 19 Apr 2027 14:14:00 +0500",
                             "<vko-0419@vko-ecology.gov.kz>"), text_part(body, "plain", "utf-8", "8bit")))
    emit(name, "change_notice", "ru", "eml", "negation trap: 'стандарт ... не изменялся, интернет-ресурс прежний' — only the regulation changed",
         cn_key("body", "ru", [cn("01102003", regulation=regl)]),
         "ecology", [("01102003", "Выдача разрешения на эмиссии в окружающую среду для объектов II категории")], CONS, None,
         "update the regulation of 01102003 only")


@doc
def c11():
    name = "cn-11-kerbulak-website-alt-1251.eml"
    web = "https://www.gov.kz/memleket/entities/zhetysu-kerbulak-audany"
    plain = ("Единому контакт-центру\n\nВ связи с реорганизацией аппарата акима Кербулакского района с 12 мая 2027 года информация о "
             "государственных услугах № 00201040, № 00805004 и № 00501010 размещается на интернет-ресурсе " + web + "\n\n"
             "Руководитель аппарата С. Байжанов\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
            "<p>Единому контакт-центру</p><p>В связи с реорганизацией аппарата акима Кербулакского района с 12 мая 2027 года информация о "
            "государственных услугах № 00201040, № 00805004 и № 00501010 размещается на интернет-ресурсе <a href=\"" + web + "\">" + web + "</a></p>"
            "<p>Руководитель аппарата С. Байжанов</p></body></html>")
    top = multipart("alternative", [text_part(plain, "plain", "cp1251", "quoted-printable", label="windows-1251"),
                                    text_part(html, "html", "cp1251", "quoted-printable", label=None)], "----=_Part_11_1251")
    save(name, message(heads("Аппарат акима Кербулакского района", "kerbulak@zhetysu-akimat.gov.kz", "Смена интернет-ресурса",
                             "Tue, 11 May 2027 17:00:00 +0500", "<kerb-0511@zhetysu-akimat.gov.kz>", cs="windows-1251"), top))
    emit(name, "change_notice", "ru", "eml", "multipart/alternative windows-1251; the HTML part has no charset in its header (only in <meta>); one new address for three services",
         cn_key("body", "ru", [cn("00201040", website=web), cn("00805004", website=web), cn("00501010", website=web)], "2027-05-12"),
         "akimat_kerb", [("00201040", "Выдача справки о наличии личного подсобного хозяйства"), ("00805004", "Выдача ветеринарной справки"),
                         ("00501010", "Присвоение или уточнение адреса объекту недвижимости")], CONS, None,
         "update the website of three services from 2027-05-12")


@doc
def c12():
    name = "cn-12-zhumys-almaty-standard-kk.eml"
    std = "«Атаулы әлеуметтік көмек тағайындау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2027 жылғы 28 сәуірдегі № 131 бұйрығымен бекітілген"
    body = ("Бірыңғай байланыс орталығына\n\n"
            "Өзара іс-қимыл қағидаларының 6-тармағына сәйкес № 00601001 мемлекеттік көрсетілетін қызмет бойынша бұрын берілген "
            "ақпаратқа өзгеріс енгізілгенін хабарлаймыз.\n\n"
            "Стандарт: " + std + ".\n\n"
            "Бұйрық 2027 жылғы 15 мамырдан бастап қолданысқа енгізіледі.\n\n"
            "Бекмағамбетова С.Т.\nәлеуметтік көмек бөлімінің бас маманы\n")
    save(name, message(heads("Бекмағамбетова Сәуле", "s.bekmagambetova@almaty-aleumet.gov.kz", "Стандарттың өзгеруі (00601001)",
                             "Thu, 6 May 2027 10:20:00 +0500", "<alm-0506@almaty-aleumet.gov.kz>"), text_part(body, "plain", "utf-8", "quoted-printable")))
    emit(name, "change_notice", "kk", "eml", "Kazakh: new standard on a 'Стандарт:' line; date of entry into force in Kazakh ('15 мамырдан бастап')",
         cn_key("body", "kk", [cn("00601001", standard=std)], "2027-05-15"),
         "zhumys_alm", [("00601001", "Атаулы әлеуметтік көмек тағайындау")], CONS, None,
         "update the standard of 00601001 from 2027-05-15")


@doc
def c13():
    name = "cn-13-zher-mangystau-regulation-kk.docx"
    regl = "Маңғыстау облысы әкімдігінің 2027 жылғы 6 мамырдағы № 97 қаулысымен бекітілген «Изыскательтік жұмыстарға жер учаскесін пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет регламенті"
    d = letter_docx("МАҢҒЫСТАУ ОБЛЫСЫНЫҢ ЖЕР ҚАТЫНАСТАРЫ БАСҚАРМАСЫ\n130000, Ақтау қ., 14 шағын аудан, 1-ғимарат",
                    "2027 жылғы 12 мамыр № 02-05/1120", "Бірыңғай байланыс орталығына", "Ақпаратты өзектендіру туралы",
                    ["№ 00201014 мемлекеттік көрсетілетін қызмет бойынша регламент жаңа редакцияда бекітілді.",
                     "Жаңа регламенттің деректемелері: " + regl + ".",
                     "Стандарт, интернет-ресурс және жауапты тұлға туралы мәліметтер өзгерген жоқ."],
                    "Басқарма басшысы                                  Р. Жұмашев")
    save(name, docx_bytes(d))
    emit(name, "change_notice", "kk", "docx", "Kazakh letter; new regulation with the resolution first and the service name inside; 'өзгерген жоқ' for the rest",
         cn_key(name, "kk", [cn("00201014", regulation=regl)]),
         "zher_mng", [("00201014", "Изыскательтік жұмыстарға жер учаскесін пайдалануға рұқсат беру")], CONS, None,
         "update the regulation of 00201014")


@doc
def c14():
    name = "cn-14-agro-kyzylorda-website-utf16-kk.txt"
    web = "https://www.gov.kz/memleket/entities/kyzylorda-auylsharuashylygy"
    text = ("Қызылорда облысының ауыл шаруашылығы басқармасы\n\n"
            "Бірыңғай байланыс орталығына\n\n"
            "2027 жылғы 3 мамырдан бастап № 00303031, № 00303032 және № 00303040 мемлекеттік көрсетілетін қызметтер туралы ақпарат "
            "мына интернет-ресурста орналастырылады: " + web + "\n\n"
            "Бұрынғы www.kyzylorda-agro.gov.kz сайты жабылды.\n\n"
            "Басқарма басшысы Ж. Ерменов\n")
    save(name, txt(text, "utf-16"))
    emit(name, "change_notice", "kk", "txt", "Kazakh UTF-16 LE BOM; new address for three services after a colon; old site named as closed",
         cn_key(name, "kk", [cn("00303031", website=web), cn("00303032", website=web), cn("00303040", website=web)], "2027-05-03"),
         "ash_kzo", [("00303031", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау"),
                     ("00303032", "Мал шаруашылығы өнімдерінің өнімділігін және сапасын арттыруды субсидиялау"),
                     ("00303040", "Тұқым шаруашылығын дамытуды субсидиялау")], CONS, None,
         "update the website of three subsidy services")


@doc
def c15():
    name = "cn-15-bilim-aktobe-npa-html-kk.eml"
    npa = "Қазақстан Республикасы Оқу-ағарту министрінің 2027 жылғы 22 сәуірдегі № 98 «Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 31 тамыздағы № 221 бұйрығына өзгерістер енгізу туралы» бұйрығы"
    html = ("<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Calibri\">"
            "<p>Құрметті әріптестер!</p>"
            "<p>№ 00401020 «Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою» "
            "мемлекеттік көрсетілетін қызметі бойынша нормативтік құқықтық актілерге өзгерістер енгізілді:</p>"
            "<p><i>" + _h(npa) + "</i></p>"
            "<p>Өзгерістер 2027 жылғы 10 мамырда күшіне енді.</p>"
            "<p>Құрметпен,<br>Жұмағалиева А.С.</p></div></body></html>")
    save(name, message(heads("Жұмағалиева Ақбота", "a.zhumagalieva@aktobe-bilim.gov.kz", "НҚА өзгерістері (00401020)",
                             "Wed, 12 May 2027 15:00:00 +0500", "<akt-0512@aktobe-bilim.gov.kz>"), text_part(html, "html", "utf-8", "base64")))
    emit(name, "change_notice", "kk", "eml", "Kazakh HTML-only (base64); amending order in italics on its own paragraph; date in '2027 жылғы 10 мамырда'",
         cn_key("body", "kk", [cn("00401020", npa_changes=npa)], "2027-05-10"),
         "bilim_akt", [("00401020", "Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою")],
         CONS, None, "record the amending order for 00401020")


@doc
def c16():
    name = "cn-16-tabigat-two-services-kk.pdf"
    std = "«Арнайы су пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Су ресурстары және ирригация министрінің 2027 жылғы 5 мамырдағы № 77 бұйрығымен бекітілген"
    regl = "«Жануарлар дүниесін пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет регламенті, Түркістан облысы әкімдігінің 2027 жылғы 14 мамырдағы № 102 қаулысымен бекітілген"
    flow = letter_pdf("ТҮРКІСТАН ОБЛЫСЫНЫҢ ТАБИҒИ РЕСУРСТАР ЖӘНЕ ТАБИҒАТ ПАЙДАЛАНУДЫ РЕТТЕУ БАСҚАРМАСЫ",
                      "Шығ. № 05-14/980, 2027 жылғы 18 мамыр", "Бірыңғай байланыс орталығына", None,
                      ["Бұрын берілген ақпаратқа мынадай өзгерістер енгізілгенін хабарлаймыз (2027 жылғы 1 маусымнан бастап):",
                       "1) № 01102015 — жаңа стандарт: " + std + ";",
                       "2) № 01102022 — жаңа регламент: " + regl + "."],
                      "Басқарма басшысы                                  Қ. Тұрсынбеков")
    save(name, pdf_bytes(flow))
    emit(name, "change_notice", "kk", "pdf", "Kazakh PDF; numbered list with a different changed field per service; one change date for both",
         cn_key(name, "kk", [cn("01102015", standard=std), cn("01102022", regulation=regl)], "2027-06-01"),
         "tko", [("01102015", "Арнайы су пайдалануға рұқсат беру"), ("01102022", "Жануарлар дүниесін пайдалануға рұқсат беру")], CONS, None,
         "update the standard of 01102015 and the regulation of 01102022")


@doc
def c17():
    name = "cn-17-densau-zko-standard-bi.eml"
    std = "Стандарт государственной услуги «Выдача лицензии на медицинскую деятельность», утвержденный приказом Министра здравоохранения Республики Казахстан от 27 апреля 2027 года № ҚР ДСМ-51"
    body = ("Бірыңғай байланыс орталығына\n\n"
            "№ 01001006 мемлекеттік көрсетілетін қызметтің стандарты жаңа редакцияда бекітілді. Жаңа стандарттың деректемелері "
            "төменде орыс тілінде келтірілген.\n\n"
            "Единому контакт-центру\n\n"
            "Стандарт государственной услуги № 01001006 утвержден в новой редакции:\n" + std + ".\n"
            "Вводится в действие с 17 мая 2027 года.\n\n"
            "Хамитова А.Н.\n")
    save(name, message(heads("Хамитова Алия", "a.khamitova@bko-densau.gov.kz", "Стандарт / стандарт 01001006",
                             "Fri, 7 May 2027 09:00:00 +0500", "<bko-0507@bko-densau.gov.kz>"), text_part(body, "plain", "utf-8", "base64")))
    emit(name, "change_notice", "bilingual", "eml", "Kazakh paragraph announces the change without requisites, Russian paragraph gives them",
         cn_key("body", "bi", [cn("01001006", standard=std)], "2027-05-17"),
         "densau_zko", [("01001006", "Выдача лицензии на медицинскую деятельность")], CONS, None,
         "update the standard of 01001006 from 2027-05-17")


@doc
def c18():
    name = "cn-18-atyrau-arhiv-npa-bi.docx"
    npa = "Приказ Министра культуры и информации Республики Казахстан от 15 апреля 2027 года № 120 «О внесении изменений в приказ от 27 октября 2026 года № 415»"
    d = letter_docx("АТЫРАУ ОБЛЫСЫНЫҢ МӘДЕНИЕТ, АРХИВТЕР ЖӘНЕ ҚҰЖАТТАМА БАСҚАРМАСЫ\nУПРАВЛЕНИЕ КУЛЬТУРЫ, АРХИВОВ И ДОКУМЕНТАЦИИ АТЫРАУСКОЙ ОБЛАСТИ",
                    "2027 жылғы 20 сәуір / 20 апреля 2027 года № 04-02/610", "Бірыңғай байланыс орталығына\nЕдиному контакт-центру", None,
                    ["№ 00703002 «Архивтік анықтамалар беру» мемлекеттік көрсетілетін қызметі бойынша НҚА-ға өзгерістер енгізілді. / "
                     "По государственной услуге № 00703002 «Выдача архивных справок» внесены изменения в НПА.",
                     "НҚА өзгерістері / Изменения НПА: " + npa + "."],
                    "Басшы / Руководитель                                  Б. Нұрғалиев")
    save(name, docx_bytes(d))
    emit(name, "change_notice", "bilingual", "docx", "bilingual sentences joined with ' / '; a bilingual 'НҚА өзгерістері / Изменения НПА:' label before the order",
         cn_key(name, "bi", [cn("00703002", npa_changes=npa)]),
         "atyrau_arh", [("00703002", "Выдача архивных справок")], CONS, None, "record the amending order for 00703002")


@doc
def c19():
    name = "cn-19-predpr-atyrau-regulation-website-bi.txt"
    regl = "Регламент государственной услуги «Выдача лицензии на хранение и розничную реализацию алкогольной продукции», утвержденный постановлением акимата Атырауской области от 11 мая 2027 года № 131"
    web = "www.gov.kz/memleket/entities/atyrau-kasipkerlik"
    text = ("Бірыңғай байланыс орталығына / Единому контакт-центру\n\n"
            "№ 00102007 қызмет бойынша өзгерістер / Изменения по услуге № 00102007 (с 20.05.2027):\n\n"
            "Регламент / Регламент: " + regl + "\n"
            "Интернет-ресурс: " + web + "\n\n"
            "Басқа мәліметтер өзгеріссіз. Остальные сведения без изменений.\n\n"
            "Жумагалиев Е.Б.\n")
    save(name, txt(text, "utf-8-sig"))
    emit(name, "change_notice", "bilingual", "txt", "UTF-8 BOM; bilingual labels, regulation and website lines, change date as '(с 20.05.2027)' in the heading",
         cn_key(name, "bi", [cn("00102007", regulation=regl, website=web)], "2027-05-20"),
         "predpr_atr", [("00102007", "Выдача лицензии на хранение и розничную реализацию алкогольной продукции")], CONS, None,
         "update regulation and website of 00102007 from 2027-05-20")


@doc
def c20():
    name = "cn-20-soc-abai-attach-pdf-bi.eml"
    att = "izmeneniya_00601008.pdf"
    std = "Стандарт государственной услуги «Назначение жилищной помощи», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 4 мая 2027 года № 150"
    flow = letter_pdf("АБАЙ ОБЛЫСЫНЫҢ ЖҰМЫСПЕН ҚАМТУ ЖӘНЕ ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БАСҚАРМАСЫ\nУПРАВЛЕНИЕ ЗАНЯТОСТИ И СОЦИАЛЬНЫХ ПРОГРАММ ОБЛАСТИ АБАЙ",
                      "Исх. № 06-01/1490 от 14.05.2027", "Единый контакт-центр", "Об изменении сведений",
                      ["По государственной услуге «Назначение жилищной помощи» (№ 00601008) утвержден новый стандарт: " + std + ".",
                       "Приказ вступает в силу 25 мая 2027 года. Регламент будет переутвержден, о чем сообщим отдельно."],
                      "Руководитель управления                               Е. Калиакпаров")
    body = ("Сәлеметсіз бе! Қосымшада өзгерістер туралы хат.\nЗдравствуйте! Во вложении письмо об изменениях по услуге 00601008.\n\n"
            "Кусаинова Р.Б.\n")
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "8bit"), attach_part(att, pdf_bytes(flow), MIME_PDF)], "mix-abai-0514")
    save(name, message(heads("Кусаинова Раушан", "r.kusainova@abai-aleumet.gov.kz", "Өзгерістер / Изменения 00601008",
                             "Fri, 14 May 2027 12:12:00 +0500", "<abai-0514@abai-aleumet.gov.kz>"), top))
    emit(name, "change_notice", "bilingual", "eml", "bilingual covering note, Russian PDF letter attached (key: the attachment, ru); 'регламент будет переутвержден' (not yet changed)",
         cn_key(att, "ru", [cn("00601008", standard=std)], "2027-05-25"),
         "soc_abai", [("00601008", "Назначение жилищной помощи")], CONS, None, "update the standard of 00601008 from 2027-05-25")


# ============================================================================= training_protocol
AW_PROT = "protocol"


def tp_key(part, lang, date, services):
    d = {"part": part, "kind": "training_protocol"}
    if lang in ("ru", "kk"):
        d["language"] = lang
    d.update({"protocol_date": date, "services": regs(*services)})
    return [d]


@doc
def p01():
    name = "tp-01-zem-karaganda-protocol.docx"
    d = new_docx(size=12)
    para(d, "ПРОТОКОЛ № 12\nпринятия Единым контакт-центром государственных услуг для консультирования", bold=True, align="c")
    para(d, "г. Караганда\t\t\t\t\t\t\t«16» марта 2027 г.")
    para(d, "Присутствовали:\nот Единого контакт-центра — Сейткали Д.А., главный специалист отдела методологии; Иванова О.П., оператор-консультант;\n"
            "от Управления земельных отношений Карагандинской области — Жаксылыкова А.М., Ермеков Д.С.", align="j")
    para(d, "В соответствии с пунктом 8 Правил взаимодействия ответственными лицами Управления проведено обучение сотрудников "
            "Единого контакт-центра по вопросам оказания следующих государственных услуг:", align="j")
    table(d, [["№", "№ в реестре", "Наименование государственной услуги"],
              ["1", "00201014", "Выдача разрешения на использование земельного участка для изыскательских работ"],
              ["2", "00201027", "Приобретение прав на земельные участки, которые находятся в государственной собственности, не требующее проведения торгов (конкурсов, аукционов)"]],
          widths=[1.0, 3.0, 13.0], bold_rows=(0,), size=11)
    para(d, "")
    para(d, "РЕШИЛИ: принять указанные государственные услуги для консультирования Единым контакт-центром.", bold=True)
    para(d, "Подписи:\nот ЕКЦ _____________ Д. Сейткали\nот Управления _____________ А. Жаксылыкова")
    save(name, docx_bytes(d))
    emit(name, "training_protocol", "ru", "docx", "classic protocol: number, city and date on one tab-separated line, services in a table, 'РЕШИЛИ'",
         tp_key(name, "ru", "2027-03-16", ["00201014", "00201027"]),
         "zem_krg", [("00201014", "Выдача разрешения на использование земельного участка для изыскательских работ"),
                     ("00201027", "Приобретение прав на земельные участки, которые находятся в государственной собственности, не требующее проведения торгов (конкурсов, аукционов)")],
         AW_PROT, letter("ЕКЦ-2027/160", "2027-03-12", "О направлении протокола на подпись"),
         "mark both services accepted for consulting; consulting starts five working days after 2027-03-16")


@doc
def p02():
    name = "tp-02-vet-kostanay-protocol.pdf"
    flow = [PP("ПРОТОКОЛ\nпринятия государственных услуг для консультирования Единым контакт-центром", 12, bold=True, align=1), SP(4),
            ptable([["Дата проведения обучения:", "01.03.2027"],
                    ["Дата составления протокола:", "02.03.2027"],
                    ["Место:", "г. Костанай, ул. Байтурсынова, 66, каб. 214 (в режиме видеоконференции)"],
                    ["Услугодатель:", "Управление ветеринарии акимата Костанайской области"]], [55, 125], size=10, bold_rows=()), SP(4),
            PP("Рассмотрены вопросы оказания государственных услуг № 00805003 «Выдача ветеринарного паспорта на животное», "
               "№ 00805004 «Выдача ветеринарной справки», № 00805011 «Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты». "
               "Вопросы ЕКЦ, направленные 25.02.2027, разобраны в полном объеме.", 11, align=4), SP(3),
            PP("Решение: государственные услуги приняты Единым контакт-центром для консультирования.", 11, bold=True), SP(10),
            ptable([["От Единого контакт-центра", "От Управления ветеринарии"],
                    ["_____________ Абенова Г.К.", "_____________ Нургалиева Г.А."]], [90, 90], size=10, grid=False, bold_rows=())]
    save(name, pdf_bytes(flow))
    emit(name, "training_protocol", "ru", "pdf", "two dates in the header table: training 01.03 and protocol 02.03 (the key takes the protocol's); questions date 25.02 in the text",
         tp_key(name, "ru", "2027-03-02", ["00805003", "00805004", "00805011"]),
         "vet_kst", [("00805003", "Выдача ветеринарного паспорта на животное"), ("00805004", "Выдача ветеринарной справки"),
                     ("00805011", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты")],
         AW_PROT, letter("ЕКЦ-2027/133", "2027-02-24", "О проведении обучения"),
         "mark the three services accepted for consulting")


@doc
def p03():
    name = "tp-03-transport-protocol-attach.eml"
    att = "Протокол_обучения_КТ.docx"
    d = new_docx(size=12)
    para(d, "ПРОТОКОЛ № 9", bold=True, align="c")
    para(d, "принятия Единым контакт-центром государственных услуг Комитета транспорта\nМинистерства транспорта Республики Казахстан для консультирования", align="c")
    para(d, "г. Астана                                                                                         17 марта 2027 года")
    para(d, "Ответственные лица Комитета транспорта Искаков Е.М. и Ли В.С. провели обучение сотрудников Единого контакт-центра "
            "по государственным услугам:\n1) № 00302017 — Выдача лицензии на осуществление деятельности по перевозке опасных грузов автомобильным транспортом;\n"
            "2) № 00302021 — Выдача удостоверения допуска к международным автомобильным перевозкам грузов.", align="j")
    para(d, "По итогам обучения указанные услуги приняты для консультирования.")
    para(d, "Председатель Комитета транспорта ____________\nРуководитель Единого контакт-центра ____________")
    body = ("Добрый день!\n\nНаправляем подписанный со стороны Комитета протокол обучения от 17.03.2027 (скан в ЕСЭДО направим дополнительно).\n\n"
            "Ли Виктория\nэксперт управления международных перевозок\n")
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "base64"), attach_part(att, docx_bytes(d), MIME_DOCX, fn="2047")], "mix-kt-0320")
    save(name, message(heads("Ли Виктория", "v.li@transport-minrk.gov.kz", "Протокол обучения", "Sat, 20 Mar 2027 10:05:00 +0500",
                             "<kt-0320@transport-minrk.gov.kz>"), top))
    emit(name, "training_protocol", "ru", "eml", "protocol in a DOCX attachment whose Cyrillic name is RFC 2047-encoded inside the quoted parameter (Outlook style); the mail is three days later than the protocol",
         tp_key(att, "ru", "2027-03-17", ["00302017", "00302021"]),
         "transport", [("00302017", "Выдача лицензии на осуществление деятельности по перевозке опасных грузов автомобильным транспортом"),
                       ("00302021", "Выдача удостоверения допуска к международным автомобильным перевозкам грузов")],
         AW_PROT, letter("ЕКЦ-2027/165", "2027-03-12", "О проведении обучения"), "mark both services accepted for consulting")


@doc
def p04():
    name = "tp-04-arhiv-zhambyl-scan-pdf.eml"
    att = "scan_protokol_0211.pdf"
    flow = [PP("Жамбыл облысы әкімдігінің мәдениет, архивтер және құжаттама басқармасы", 8, align=1),
            PP("ПРОТОКОЛ\nпринятия государственных услуг для консультирования", 12, bold=True, align=1), SP(3),
            PP("г. Тараз                                                                                       «11» февраля 2027 года", 10), SP(3),
            PP("1. Обучение операторов Единого контакт-центра проведено ответственными лицами Управления культуры, архивов и "
               "документации акимата Жамбылской области (Садыкова Ж.Б., Оспанов Т.Б.).", 10, align=4),
            PP("2. Приняты для консультирования государственные услуги: 00703002 (Выдача архивных справок), 00703005 (Выдача копий "
               "архивных документов), 00703009 (Выдача архивных справок о трудовом стаже).", 10, align=4),
            PP("3. Консультирование начинается по истечении пяти рабочих дней с момента подписания настоящего протокола.", 10, align=4), SP(8),
            PP("М.П.                 Подписи сторон: __________ / __________", 10)]
    body = "Протокол (скан) во вложении.\n"
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "8bit"), attach_part(att, pdf_bytes(flow), MIME_PDF)], "scan-0212")
    save(name, message(heads("Оспанов Тимур", "t.ospanov@zhambyl-madeniet.gov.kz", "Скан", "Fri, 12 Feb 2027 09:01:00 +0500",
                             "<zh-0212@zhambyl-madeniet.gov.kz>"), top))
    emit(name, "training_protocol", "ru", "eml", "one-line body and subject 'Скан'; PDF protocol with a Kazakh header line; services listed inline with names in brackets",
         tp_key(att, "ru", "2027-02-11", ["00703002", "00703005", "00703009"]),
         "arh_zhmb", [("00703002", "Выдача архивных справок"), ("00703005", "Выдача копий архивных документов"),
                      ("00703009", "Выдача архивных справок о трудовом стаже")],
         AW_PROT, letter("ЕКЦ-2027/092", "2027-02-05", "О подписании протокола"), "mark the three archive services accepted")


@doc
def p05():
    name = "tp-05-migr-protocol.txt"
    text = ("ПРОТОКОЛ № 4/2027\n"
            "принятия Единым контакт-центром государственных услуг для консультирования\n\n"
            "Астана, 05.03.2027\n\n"
            "Услугодатель: Департамент миграционной службы полиции города Астаны.\n"
            "Обучение провели: Байжанов А.Е., Касенова И.Ж.\n"
            "Обучение прошли: операторы ЕКЦ (12 человек) согласно списку.\n\n"
            "Услуги:\n"
            "  01601003 Регистрация по месту жительства граждан Республики Казахстан\n"
            "  01601012 Выдача разрешений на временное проживание иностранцам и лицам без гражданства\n\n"
            "Итог: услуги приняты для консультирования.\n\n"
            "ЕКЦ: ________ (Абенова Г.К.)      ДМС: ________ (Нуртаев Р.С.)\n")
    save(name, txt(text, "utf-8"))
    emit(name, "training_protocol", "ru", "txt", "terse plain-text protocol: date as a bare '05.03.2027' after the city; services as an indented list",
         tp_key(name, "ru", "2027-03-05", ["01601003", "01601012"]),
         "migr", [("01601003", "Регистрация по месту жительства граждан Республики Казахстан"),
                  ("01601012", "Выдача разрешений на временное проживание иностранцам и лицам без гражданства")],
         AW_PROT, letter("ЕКЦ-2027/138", "2027-02-26", "О проведении обучения"), "mark both services accepted")


@doc
def p06():
    name = "tp-06-zdrav-akmola-two-dates.docx"
    d = new_docx(size=12)
    para(d, "ПРОТОКОЛ № 7 от 11.03.2027", bold=True, align="c")
    para(d, "принятия Единым контакт-центром государственных услуг в сфере здравоохранения для консультирования", align="c")
    para(d, "Обучение проведено 10 марта 2027 года в режиме видеоконференцсвязи ответственными лицами Управления здравоохранения "
            "Акмолинской области Жумабековой А.М. и Смагуловым Р.Е.", align="j")
    para(d, "Перечень государственных услуг, принятых для консультирования:")
    table(d, [["№ в Реестре", "Наименование"],
              ["01001006", "Выдача лицензии на медицинскую деятельность"],
              ["01001015", "Выдача лицензии на фармацевтическую деятельность"]], widths=[3.5, 13.5], bold_rows=(0,), size=11)
    para(d, "")
    para(d, "Консультирование услугополучателей по указанным услугам начинается с 18.03.2027.", align="j")
    para(d, "Подписи: ________ / ________")
    save(name, docx_bytes(d))
    emit(name, "training_protocol", "ru", "docx", "three dates: training day 10.03, protocol 11.03 (in the title), start of consulting 18.03",
         tp_key(name, "ru", "2027-03-11", ["01001006", "01001015"]),
         "zdrav_akm", [("01001006", "Выдача лицензии на медицинскую деятельность"), ("01001015", "Выдача лицензии на фармацевтическую деятельность")],
         AW_PROT, letter("ЕКЦ-2027/149", "2027-03-04", "О проведении обучения"), "mark both licences accepted")


@doc
def p07():
    name = "tp-07-soc-abai-html-protocol.eml"
    html = (OUTLOOK_HEAD.format(cs="utf-8") + mso_p("Коллеги, добрый день!\n\nНиже текст протокола; подписанный экземпляр направлен через ЕСЭДО.\n") +
            "<p class=MsoNormal align=center style='text-align:center'><b>ПРОТОКОЛ<br>принятия государственных услуг для консультирования</b><o:p></o:p></p>" +
            mso_p("г. Семей                                                   09 марта 2027 г.\n\n"
                  "Управлением занятости и социальных программ области Абай проведено обучение сотрудников ЕКЦ по услугам:") +
            html_table([["№ в реестре", "Наименование"], ["00601008", "Назначение жилищной помощи"],
                        ["00601021", "Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов"]], "outlook") +
            mso_p("\nУслуги приняты для консультирования.\n\nОт ЕКЦ: Абенова Г.К.\nОт Управления: Кусаинова Р.Б.") + OUTLOOK_TAIL)
    save(name, message(heads("Кусаинова Раушан", "r.kusainova@abai-aleumet.gov.kz", "Протокол", "Wed, 10 Mar 2027 09:20:00 +0500",
                             "<abai-0310@abai-aleumet.gov.kz>"), text_part(html, "html", "utf-8", "quoted-printable")))
    emit(name, "training_protocol", "ru", "eml", "protocol text pasted into an HTML body with a covering line; date '09 марта 2027 г.' after the city",
         tp_key("body", "ru", "2027-03-09", ["00601008", "00601021"]),
         "soc_abai", [("00601008", "Назначение жилищной помощи"),
                      ("00601021", "Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов")],
         AW_PROT, letter("ЕКЦ-2027/142", "2027-03-02", "О проведении обучения"), "mark both services accepted")


@doc
def p08():
    name = "tp-08-stroy-five-services-one-postponed.docx"
    d = new_docx(landscape=True, size=11)
    para(d, "ПРОТОКОЛ № 3\nпринятия Единым контакт-центром государственных услуг для консультирования", bold=True, align="c")
    para(d, "г. Астана                                                                                                                  «25» февраля 2027 года")
    para(d, "Комитетом по делам строительства и жилищно-коммунального хозяйства проведено обучение сотрудников Единого контакт-центра. "
            "Результаты по каждой услуге:", align="j")
    table(d, [["№", "№ в реестре", "Наименование государственной услуги", "Результат"],
              ["1", "01204021", "Выдача лицензии на изыскательскую деятельность", "принята для консультирования"],
              ["2", "01204022", "Выдача лицензии на проектную деятельность", "принята для консультирования"],
              ["3", "01204030", "Аттестация экспертов в сфере архитектурной, градостроительной и строительной деятельности", "принята для консультирования"],
              ["4", "01204031", "Аккредитация организаций, осуществляющих инжиниринговые услуги в сфере архитектурной, градостроительной и строительной деятельности", "принята для консультирования"],
              ["5", "01204035", "Выдача лицензии на строительно-монтажные работы", "не принята: обучение перенесено на 04.03.2027 (стандарт на согласовании)"]],
          widths=[1.0, 3.0, 14.0, 7.0], bold_rows=(0,), size=10)
    para(d, "")
    para(d, "От ЕКЦ: ____________ Абенова Г.К.          От Комитета: ____________ Тлеубаев А.Н.")
    save(name, docx_bytes(d))
    emit(name, "training_protocol", "ru", "docx", "five services in the table but the fifth is NOT accepted (training postponed, with another date) — only four are keyed",
         tp_key(name, "ru", "2027-02-25", ["01204021", "01204022", "01204030", "01204031"]),
         "stroy", [("01204021", "Выдача лицензии на изыскательскую деятельность"), ("01204022", "Выдача лицензии на проектную деятельность"),
                   ("01204030", "Аттестация экспертов в сфере архитектурной, градостроительной и строительной деятельности"),
                   ("01204031", "Аккредитация организаций, осуществляющих инжиниринговые услуги в сфере архитектурной, градостроительной и строительной деятельности"),
                   ("01204035", "Выдача лицензии на строительно-монтажные работы")],
         AW_PROT, letter("ЕКЦ-2027/110", "2027-02-12", "О проведении обучения"),
         "mark four services accepted; 01204035 still awaits training (2027-03-04)")


@doc
def p09():
    name = "tp-09-zher-mangystau-hattama-kk.docx"
    d = new_docx(size=12)
    para(d, "№ 3 ХАТТАМА\nмемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы", bold=True, align="c")
    para(d, "Ақтау қаласы                                                                            2027 жылғы 15 ақпан")
    para(d, "Маңғыстау облысының жер қатынастары басқармасының жауапты тұлғалары (Қалиева Г.С., Өтебаев Н.Ж.) Бірыңғай байланыс "
            "орталығының қызметкерлеріне мына мемлекеттік көрсетілетін қызметтер бойынша оқыту өткізді:", align="j")
    table(d, [["Тізілімдегі №", "Атауы"], ["00201014", "Изыскательтік жұмыстарға жер учаскесін пайдалануға рұқсат беру"],
              ["00201031", "Жер учаскесінің нысаналы мақсатын өзгерту"]], widths=[3.5, 13.5], bold_rows=(0,), size=11)
    para(d, "")
    para(d, "ШЕШІМ: көрсетілген қызметтер консультация беру үшін қабылдансын.", bold=True)
    para(d, "БКО атынан: ________        Басқарма атынан: ________")
    save(name, docx_bytes(d))
    emit(name, "training_protocol", "kk", "docx", "Kazakh 'ХАТТАМА' (also the word for meeting minutes); date '2027 жылғы 15 ақпан'",
         tp_key(name, "kk", "2027-02-15", ["00201014", "00201031"]),
         "zher_mng", [("00201014", "Изыскательтік жұмыстарға жер учаскесін пайдалануға рұқсат беру"), ("00201031", "Жер учаскесінің нысаналы мақсатын өзгерту")],
         AW_PROT, letter("ЕКЦ-2027/095", "2027-02-08", "Оқыту өткізу туралы"), "mark both services accepted")


@doc
def p10():
    name = "tp-10-zhumys-almaty-hattama-kk.pdf"
    flow = [PP("ХАТТАМА", 13, bold=True, align=1),
            PP("Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдауы туралы", 11, align=1), SP(4),
            PP("Алматы қ.                                                                                       2027 жылғы «24» ақпан", 10), SP(3),
            PP("Алматы қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы № 00601001 «Атаулы әлеуметтік көмек тағайындау» "
               "және № 00601015 «Жұмыссыз ретінде тіркеу» мемлекеттік көрсетілетін қызметтері бойынша оқыту өткізді. Бірыңғай байланыс "
               "орталығының сұрақтарына (2027 жылғы 19 ақпандағы хат) жауаптар берілді.", 10, align=4), SP(3),
            PP("Қызметтер консультация беру үшін қабылданды.", 10, bold=True), SP(10),
            PP("Қолдары: ____________ Бекмағамбетова С.Т.      ____________ Әбенова Г.Қ.", 10)]
    save(name, pdf_bytes(flow))
    emit(name, "training_protocol", "kk", "pdf", "Kazakh PDF; date '2027 жылғы «24» ақпан' plus an earlier letter date in the text",
         tp_key(name, "kk", "2027-02-24", ["00601001", "00601015"]),
         "zhumys_alm", [("00601001", "Атаулы әлеуметтік көмек тағайындау"), ("00601015", "Жұмыссыз ретінде тіркеу")],
         AW_PROT, letter("ЕКЦ-2027/112", "2027-02-19", "Оқыту өткізу туралы"), "mark both services accepted")


@doc
def p11():
    name = "tp-11-agro-kyzylorda-attach-kk.eml"
    att = "hattama_2027-03-30.docx"
    d = new_docx(size=12)
    para(d, "ХАТТАМА № 5", bold=True, align="c")
    para(d, "Қызылорда қ., 30.03.2027", align="r")
    para(d, "Қызылорда облысының ауыл шаруашылығы басқармасы Бірыңғай байланыс орталығының қызметкерлеріне оқыту өткізді. "
            "Консультация беру үшін қабылданған мемлекеттік көрсетілетін қызметтер: 00303031, 00303032, 00303040.", align="j")
    para(d, "Тараптардың қолдары: __________ / __________")
    body = ("Сәлеметсіз бе!\n\nҚол қойылған хаттаманы жолдаймыз. Оқыту 2027 жылғы 29 наурызда өтті.\n\nОразбаева Ә.Е.\n")
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "base64"), attach_part(att, docx_bytes(d), MIME_DOCX)], "mix-kzo-0401")
    save(name, message(heads("Оразбаева Әсел", "a.orazbaeva@kyzylorda-agro.gov.kz", "Хаттама", "Thu, 1 Apr 2027 10:00:00 +0500",
                             "<kzo-0401@kyzylorda-agro.gov.kz>"), top))
    emit(name, "training_protocol", "kk", "eml", "Kazakh; protocol in a DOCX attachment dated 30.03, the body gives the training day 29.03 and the mail is of 01.04; numbers only, no names",
         tp_key(att, "kk", "2027-03-30", ["00303031", "00303032", "00303040"]),
         "ash_kzo", [("00303031", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау"),
                     ("00303032", "Мал шаруашылығы өнімдерінің өнімділігін және сапасын арттыруды субсидиялау"),
                     ("00303040", "Тұқым шаруашылығын дамытуды субсидиялау")],
         AW_PROT, letter("ЕКЦ-2027/170", "2027-03-22", "Оқыту өткізу туралы"), "mark the three subsidy services accepted")


@doc
def p12():
    name = "tp-12-bilim-aktobe-hattama-kk.txt"
    text = ("ХАТТАМА\n"
            "мемлекеттік көрсетілетін қызметті консультация беру үшін қабылдау туралы\n\n"
            "Ақтөбе қ.                                        2027 жылғы 19 наурыз\n\n"
            "Қатысқандар: БКО атынан — Әбенова Г.Қ., Серікова М.; Ақтөбе облысының білім басқармасы атынан — Сағындықова Г.Ә.\n\n"
            "Күн тәртібі: № 00401014 мемлекеттік көрсетілетін қызмет бойынша оқыту.\n\n"
            "Шешім: № 00401014 қызмет консультация беру үшін қабылдансын. Консультация беру хаттамаға қол қойылған күннен бастап "
            "бес жұмыс күні өткен соң басталады.\n\n"
            "Қолдар: __________  __________\n")
    save(name, txt(text, "utf-8"))
    emit(name, "training_protocol", "kk", "txt", "Kazakh plain-text protocol; one service in the agenda and decision",
         tp_key(name, "kk", "2027-03-19", ["00401014"]),
         "bilim_akt", [("00401014", "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну")],
         AW_PROT, letter("ЕКЦ-2027/159", "2027-03-12", "Оқыту өткізу туралы"), "mark 00401014 accepted")


@doc
def p13():
    name = "tp-13-atyrau-arhiv-two-columns-bi.docx"
    d = new_docx(size=11)
    table(d, [["ХАТТАМА № 2", "ПРОТОКОЛ № 2"],
              ["Атырау қ., 2027 жылғы 5 наурыз", "г. Атырау, 5 марта 2027 года"],
              ["Атырау облысының мәдениет, архивтер және құжаттама басқармасы № 00703002 және № 00703012 мемлекеттік көрсетілетін "
               "қызметтер бойынша БКО қызметкерлеріне оқыту өткізді.",
               "Управлением культуры, архивов и документации Атырауской области проведено обучение сотрудников ЕКЦ по государственным "
               "услугам № 00703002 и № 00703012."],
              ["Шешім: қызметтер консультация беру үшін қабылдансын.", "Решение: принять услуги для консультирования."],
              ["БКО: ________", "Басқарма / Управление: ________"]], widths=[8.5, 8.5], style=None, size=11)
    save(name, docx_bytes(d))
    emit(name, "training_protocol", "bilingual", "docx", "bilingual protocol in a borderless two-column table; the same date in both languages",
         tp_key(name, "bi", "2027-03-05", ["00703002", "00703012"]),
         "atyrau_arh", [("00703002", "Выдача архивных справок"), ("00703012", "Выдача разрешения на временный вывоз документов Национального архивного фонда")],
         AW_PROT, letter("ЕКЦ-2027/139", "2027-02-26", "О проведении обучения"), "mark both archive services accepted")


@doc
def p14():
    name = "tp-14-densau-zko-protocol-bi.pdf"
    flow = [PP("ХАТТАМА / ПРОТОКОЛ", 13, bold=True, align=1),
            PP("мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдау туралы /\nпринятия государственных услуг для консультирования", 10, align=1), SP(4),
            PP("Орал қ. / г. Уральск                                                                                         22.03.2027", 10), SP(4),
            ptable([["Тізілімдегі № / № в реестре", "Атауы / Наименование"],
                    ["01001006", "Медициналық қызметке лицензия беру / Выдача лицензии на медицинскую деятельность"],
                    ["01001040", "Фармацевтикалық қызметке лицензия беру / Выдача лицензии на фармацевтическую деятельность"]], [45, 135], size=9), SP(4),
            PP("Шешім / Решение: қабылданды / приняты.", 10, bold=True), SP(10),
            PP("Қолдары / Подписи: ________ Хамитова А.Н.     ________ Әбенова Г.Қ.", 10)]
    save(name, pdf_bytes(flow))
    emit(name, "training_protocol", "bilingual", "pdf", "bilingual PDF with a bilingual service table; date as a bare '22.03.2027'",
         tp_key(name, "bi", "2027-03-22", ["01001006", "01001040"]),
         "densau_zko", [("01001006", "Выдача лицензии на медицинскую деятельность"), ("01001040", "Выдача лицензии на фармацевтическую деятельность")],
         AW_PROT, letter("ЕКЦ-2027/168", "2027-03-15", "О проведении обучения"), "mark both licences accepted")


@doc
def p15():
    name = "tp-15-tabigat-attach-bi.eml"
    att = "protokol-hattama.docx"
    d = new_docx(size=12)
    para(d, "ПРОТОКОЛ / ХАТТАМА № 1", bold=True, align="c")
    para(d, "2027 жылғы 2 сәуір / 2 апреля 2027 г.", align="r")
    para(d, "Обучение по государственным услугам № 01102015 «Выдача разрешения на специальное водопользование» и № 01102022 "
            "«Выдача разрешения на пользование животным миром» проведено. Услуги приняты для консультирования.", align="j")
    para(d, "№ 01102015 және № 01102022 қызметтер бойынша оқыту өткізілді, қызметтер консультация беру үшін қабылданды.", align="j")
    para(d, "ЕКЦ / БКО: ________        Басқарма / Управление: ________")
    body = ("Құрметті әріптестер! / Уважаемые коллеги!\n\nПодписанный протокол во вложении. Қол қойылған хаттама қосымшада.\n"
            "Следующее обучение (по услуге 01102030) предлагаем провести 12.04.2027.\n\nСейдахметова А.Н.\n")
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "quoted-printable"), attach_part(att, docx_bytes(d), MIME_DOCX)], "mix-tko-0402")
    save(name, message(heads("Сейдахметова Айжан", "a.seidakhmetova@turkistan-tabigat.gov.kz", "Протокол / Хаттама",
                             "Fri, 2 Apr 2027 17:45:00 +0500", "<tko-0402@turkistan-tabigat.gov.kz>"), top))
    emit(name, "training_protocol", "bilingual", "eml", "bilingual note proposing a future training for another service (01102030, not in the protocol); the protocol is the attachment",
         tp_key(att, "bi", "2027-04-02", ["01102015", "01102022"]),
         "tko", [("01102015", "Выдача разрешения на специальное водопользование"), ("01102022", "Выдача разрешения на пользование животным миром")],
         AW_PROT, letter("ЕКЦ-2027/178", "2027-03-26", "О проведении обучения"), "mark both services accepted")


# ============================================================================= other (not replies)
def ot_key(part, lang, extra=()):
    d = {"part": part, "kind": "other"}
    if lang in ("ru", "kk"):
        d["language"] = lang
    return [d] + [{"part": x, "kind": "other"} for x in extra]


def other(name, lang, fmt, hard, keydocs, ag, services, awaiting, effect, our=None):
    emit(name, "other", lang, fmt, hard, keydocs, ag, services, awaiting, our, effect, is_reply=False)


@doc
def o01():
    name = "ot-01-shymkent-meeting-minutes.docx"
    d = new_docx(size=12)
    para(d, "ПРОТОКОЛ\nсовещания у заместителя руководителя Управления образования города Шымкент", bold=True, align="c")
    para(d, "14.04.2027                                                                                                № 12")
    para(d, "Председательствовал: Абенов Н.С.\nПрисутствовали: руководители отделов, ответственные за оказание государственных услуг (список прилагается).")
    para(d, "1. О качестве оказания государственных услуг № 00401003 и № 00401009 за I квартал 2027 года.", bold=True)
    para(d, "Отметить рост обращений в Единый контакт-центр по вопросам зачисления детей в дошкольные организации. "
            "Отделу дошкольного образования (Мусина А.Е.) проработать типовые ответы.", align="j")
    para(d, "2. О внесении данных в ИС «Мониторинг».", bold=True)
    para(d, "Ответственным за своевременное внесение данных о стадии оказания услуг назначить Турсынбаева Ерболата Кайратовича.", align="j")
    para(d, "3. Разное. Срок исполнения — до 30.04.2027.", bold=True)
    para(d, "Заместитель руководителя                                 Н. Абенов")
    save(name, docx_bytes(d))
    other(name, "ru", "docx", "internal meeting minutes ('ПРОТОКОЛ совещания') with registry numbers and 'назначить ответственным' for an internal task — neither a training protocol nor a responsible change",
          ot_key(name, "ru"), "obr_shym", [("00401003", "Прием документов и зачисление детей в дошкольные организации образования")], CONS,
          "nothing to apply: internal minutes sent for information")


@doc
def o02():
    name = "ot-02-pavlodar-autoreply.eml"
    body = ("Здравствуйте!\n\nЯ нахожусь в ежегодном отпуске до 30.07.2027 включительно, доступ к почте ограничен.\n"
            "По срочным вопросам обращайтесь к Ким Елене Викторовне, тел. 8 (7182) 55-20-38, e.kim@pavlodar-sauletd.gov.kz.\n\n"
            "Гончаренко Н.П.\n")
    save(name, message(heads("Гончаренко Наталья Павловна", "n.goncharenko@pavlodar-sauletd.gov.kz",
                             "Автоматический ответ: Запрос о представлении дополнительной информации", "Mon, 12 Jul 2027 09:00:03 +0500",
                             "<autoreply-0712@pavlodar-sauletd.gov.kz>",
                             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", "<ekc-2027-301@ekc.gov.kz>")]),
                       text_part(body, "plain", "utf-8", "base64")))
    other(name, "ru", "eml", "out-of-office auto-reply naming a substitute with phone and e-mail (looks like a temporary-duties notice)",
          ot_key("body", "ru"), "arch_pvl", [("00501004", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий")],
          AW_ADD, "nothing to apply: auto-reply; keep waiting for the additional answer",
          letter("ЕКЦ-2027/301", "2027-07-12", "О представлении дополнительной информации"))


@doc
def o03():
    name = "ot-03-ecology-question.eml"
    body = ("Добрый день!\n\nПолучили ваш запрос № ЕКЦ-2027/143. Уточните, пожалуйста, в каком виде направлять сведения по форме "
            "приложения 1: достаточно ли таблицы в Excel или нужен сканированный вариант с подписью руководителя? "
            "И нужно ли указывать в графе 8 мобильный телефон?\n\nСпасибо.\nЖанабаева Г.\n")
    save(name, message(heads("Жанабаева Гаухар", "g.zhanabaeva@vko-ecology.gov.kz", "Вопрос по форме приложения 1",
                             "Fri, 26 Feb 2027 10:30:00 +0500", "<vko-0226@vko-ecology.gov.kz>"), text_part(body, "plain", "utf-8", "quoted-printable")))
    other(name, "ru", "eml", "a question about how to fill the form (mentions the form, column 8 and a phone)",
          ot_key("body", "ru"), "ecology", [("01102003", "Выдача разрешения на эмиссии в окружающую среду для объектов II категории")], "information",
          "answer the question; keep waiting for the Appendix 1 information", letter("ЕКЦ-2027/143", "2027-02-25", "О представлении информации о государственных услугах"))


@doc
def o04():
    name = "ot-04-energy-later-wrong-charset.eml"
    body = ("Единый контакт-центр\n\nНа № ЕКЦ-2027/240 от 12.05.2027\n\n"
            "Министерство энергетики сообщает, что информация по форме приложения 1 по государственной услуге № 01301020 будет "
            "направлена в срок до 25 мая 2027 года; ответственное лицо будет определено после согласования с руководством "
            "Департамента.\n\nДиректор Департамента                      Б. Оспанов\n")
    save(name, message(heads("Канцелярия МЭ РК", "kanc@energo-minrk.gov.kz", "О сроках представления информации",
                             "Fri, 14 May 2027 18:00:00 +0500", "<me-0514@energo-minrk.gov.kz>", cs="windows-1251"),
                       text_part(body, "plain", "cp1251", "quoted-printable", label="utf-8")))
    other(name, "ru", "eml", "WRONG label (utf-8) on windows-1251 QP bytes; a promise to send the form and name the person later",
          ot_key("body", "ru"), "energy", [("01301020", "Выдача лицензии на деятельность по эксплуатации магистральных газопроводов")], AW_APPT,
          "nothing to apply: promise of a later answer; remind after 2027-05-25", letter("ЕКЦ-2027/240", "2027-05-12", "О назначении ответственного лица"))


@doc
def o05():
    name = "ot-05-zem-thanks-training.eml"
    body = ("Добрый день!\n\nБлагодарим сотрудников Единого контакт-центра за оперативную организацию обучения 16 марта. "
            "Протокол со своей стороны подпишем и направим на следующей неделе.\n\nС уважением,\nЕрмеков Данияр\n")
    html = "<p>" + "</p><p>".join(_h(x) for x in body.split("\n\n")) + "</p>"
    top = multipart("alternative", [text_part(body, "plain", "utf-8", "8bit"), text_part(html, "html", "utf-8", "8bit")], "thanks-0317")
    save(name, message(heads("Ермеков Данияр", "d.ermekov@zher.karaganda.gov.kz", "Спасибо за обучение", "Wed, 17 Mar 2027 12:00:00 +0500",
                             "<krg-0317@zher.karaganda.gov.kz>"), top))
    other(name, "ru", "eml", "thanks for the training that promises the protocol (not the protocol itself); a date in the text",
          ot_key("body", "ru"), "zem_krg", [("00201014", "Выдача разрешения на использование земельного участка для изыскательских работ")], AW_PROT,
          "nothing to apply: still waiting for the signed protocol")


@doc
def o06():
    name = "ot-06-blank-form.docx"
    d = new_docx(landscape=True, size=10)
    para(d, "Приложение 1\nк Правилам взаимодействия Единого контакт-центра", align="r")
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    table(d, [HDR_RU, NUMS, [""] * 8, [""] * 8, [""] * 8], widths=W8, bold_rows=(0,), center_rows=(1,), size=9)
    para(d, "")
    para(d, "Ф.И.О. ответственного исполнителя ______________________")
    para(d, "Дата: « __ »________ 20__г.")
    save(name, docx_bytes(d))
    other(name, "ru", "docx", "the Appendix 1 form sent back blank (headers, number row, empty rows, blank executor and date)",
          ot_key(name, "ru"), "predpr_atr", [("00102031", "Предоставление субсидий на возмещение части ставки вознаграждения по кредитам субъектов предпринимательства")],
          "information", "nothing to apply: blank form; ask again for the information")


@doc
def o07():
    name = "ot-07-spam-courses.eml"
    html = ("<html><body style=\"font-family:Arial\"><h2 style=\"color:#c00\">Повышение квалификации госслужащих — скидка 20%!</h2>"
            "<p>Уважаемые коллеги! Учебный центр «ПРОФИ-ГОС» приглашает на онлайн-курсы: «Стандарты и регламенты государственных услуг», "
            "«Ответственное лицо за взаимодействие с ЕКЦ: права и обязанности», «Как законно отказать в предоставлении информации».</p>"
            "<p>Сертификат 72 часа. Стоимость 45 000 тг. <a href=\"http://profi-gos-kurs.example/reg\">Записаться</a></p>"
            "<p style=\"font-size:10px;color:#999\">Чтобы отписаться от рассылки, перейдите по <a href=\"http://profi-gos-kurs.example/unsub\">ссылке</a>.</p></body></html>")
    save(name, message(heads("ПРОФИ-ГОС", "news@profi-gos-kurs.example", "Курсы для госслужащих: стандарты, регламенты, ЕКЦ",
                             "Tue, 18 May 2027 07:13:00 +0500", "<mailing-20270518-0713@profi-gos-kurs.example>",
                             extra=[("List-Unsubscribe", "<http://profi-gos-kurs.example/unsub>"), ("Precedence", "bulk")]),
                       text_part(html, "html", "utf-8", "base64")))
    other(name, "ru", "eml", "spam that uses the key words: standards, regulations, responsible person, refusal to provide information",
          ot_key("body", "ru"), "spam_profi", [], CONS, "nothing to apply: advertising")


@doc
def o08():
    name = "ot-08-digest-zakon.eml"
    html = ("<html><body><table width=\"600\"><tr><td><h3>Дайджест изменений законодательства в сфере государственных услуг № 15</h3>"
            "<ul><li>Приказом Министра национальной экономики от 28 апреля 2027 года № 88 внесены изменения в стандарт услуги «Выдача лицензии "
            "на проектную деятельность» (№ 01204022).</li>"
            "<li>Утвержден новый регламент услуги № 00201014 в Карагандинской области.</li>"
            "<li>С 1 июня 2027 года изменяется адрес интернет-ресурса ряда местных исполнительных органов.</li></ul>"
            "<p>Материал подготовлен редакцией. Не является официальным уведомлением.</p></td></tr></table></body></html>")
    plain = ("Дайджест изменений законодательства в сфере государственных услуг № 15\n\n"
             "* Приказом Министра национальной экономики от 28 апреля 2027 года № 88 внесены изменения в стандарт услуги «Выдача лицензии на проектную деятельность» (№ 01204022).\n"
             "* Утвержден новый регламент услуги № 00201014 в Карагандинской области.\n"
             "* С 1 июня 2027 года изменяется адрес интернет-ресурса ряда местных исполнительных органов.\n\n"
             "Материал подготовлен редакцией. Не является официальным уведомлением.\n")
    top = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"), text_part(html, "html", "utf-8", "quoted-printable")], "digest-15")
    save(name, message(heads("Закон-Дайджест", "digest@zakon-daily.example", "Дайджест № 15: изменения в стандартах и регламентах",
                             "Mon, 3 May 2027 06:00:00 +0500", "<digest-15@zakon-daily.example>", extra=[("Precedence", "list")]), top))
    other(name, "ru", "eml", "newsletter listing changed standards/regulations/websites with registry numbers — looks like a change notice but comes from a digest, not the agency",
          ot_key("body", "ru"), "digest", [], CONS, "nothing to apply: newsletter")


@doc
def o09():
    name = "ot-09-prikaz-otpusk.docx"
    d = new_docx(size=12)
    para(d, "УПРАВЛЕНИЕ АРХИТЕКТУРЫ И ГРАДОСТРОИТЕЛЬСТВА ПАВЛОДАРСКОЙ ОБЛАСТИ", bold=True, align="c")
    para(d, "ПРИКАЗ", bold=True, align="c")
    para(d, "25.06.2027                                                                                      № 45-о")
    para(d, "О предоставлении ежегодного оплачиваемого трудового отпуска", bold=True)
    para(d, "1. Предоставить Гончаренко Наталье Павловне, ведущему специалисту отдела градостроительного контроля, ежегодный "
            "оплачиваемый трудовой отпуск с 05.07.2027 по 30.07.2027 (26 календарных дней).", align="j")
    para(d, "2. Обязанности ведущего специалиста отдела на период отпуска возложить на Ким Елену Викторовну.", align="j")
    para(d, "3. Бухгалтерии произвести выплату пособия на оздоровление.", align="j")
    para(d, "Основание: заявление Гончаренко Н.П. от 20.06.2027.")
    para(d, "Руководитель управления                                   К. Ибраев")
    save(name, docx_bytes(d))
    other(name, "ru", "docx", "internal staff order on leave that hands the post's duties to a colleague (not the duty of responsible person for the contact centre)",
          ot_key(name, "ru"), "arch_pvl", [("00501004", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий")],
          CONS, "nothing to apply: staff order; the proper notice is a separate letter")


@doc
def o10():
    name = "ot-10-seminar-invitation-1251.txt"
    text = ("Управление предпринимательства и индустриально-инновационного развития Атырауской области\n\n"
            "Руководителю Единого контакт-центра\n\n"
            "ПРИГЛАШЕНИЕ\n\n"
            "Приглашаем представителя Единого контакт-центра принять участие в семинаре-совещании «Оказание государственных услуг в "
            "сфере предпринимательства: итоги I квартала 2027 года», который состоится 20 мая 2027 года в 10:00 по адресу: "
            "г. Атырау, пр. Азаттык, 39А, актовый зал.\n\n"
            "Просим до 17 мая сообщить Ф.И.О. участника по тел. 8 (7122) 35-60-22.\n\n"
            "Руководитель                                     Т. Сулейменов\n")
    save(name, txt(text, "cp1251"))
    other(name, "ru", "txt", "windows-1251 invitation to a seminar with a date, a phone and a request to name a participant",
          ot_key(name, "ru"), "predpr_atr", [("00102007", "Выдача лицензии на хранение и розничную реализацию алкогольной продукции")], CONS,
          "nothing to apply: invitation")


@doc
def o11():
    name = "ot-11-draft-unsent.eml"
    body = ("Единый контакт-центр\n\nНа № ЕКЦ-2027/245\n\n"
            "Сообщаем, что ответственным лицом по государственной услуге № 00102040 назначен ____________________ (ФИО), "
            "должность ______________, тел. ______________, e-mail ______________.\n\n"
            "[ЧЕРНОВИК — уточнить у Т.С. кого назначаем, не отправлять]\n")
    save(name, message([("From", addr("Досмухамбетова Айнур", "a.dosmukhambetova@atyrau-biz.gov.kz")), ("To", "info@ekc.gov.kz"),
                        ("Subject", hdr("черновик: ответственное лицо 00102040")), ("Date", "Tue, 18 May 2027 16:40:00 +0500"),
                        ("Message-ID", "<draft-0518@atyrau-biz.gov.kz>"), ("X-Unsent", "1")],
                       text_part(body, "plain", "utf-8", "base64")))
    other(name, "ru", "eml", "an unsent draft (X-Unsent: 1, 'ЧЕРНОВИК') with blanks instead of the person's name and contacts",
          ot_key("body", "ru"), "predpr_atr", [("00102040", "Выдача разрешения на размещение объекта стационарной торговли")], AW_APPT,
          "nothing to apply: a draft with no person", letter("ЕКЦ-2027/245", "2027-05-14", "О назначении ответственного лица"))


@doc
def o12():
    name = "ot-12-working-group-minutes.pdf"
    flow = [PP("ПРОТОКОЛ\nзаседания рабочей группы по оптимизации государственных услуг\nв сфере земельных отношений", 12, bold=True, align=1), SP(3),
            PP("г. Караганда, 21 апреля 2027 года, № 3", 10, align=1), SP(4),
            PP("Повестка: 1) анализ сроков оказания услуг № 00201014 и № 00201027; 2) предложения по изменению стандартов; "
               "3) обращения граждан, поступившие через Единый контакт-центр.", 10, align=4), SP(3),
            PP("РЕШИЛИ: 1. Подготовить предложения по сокращению срока оказания услуги № 00201014 с 10 до 7 рабочих дней. "
               "2. Проект изменений в стандарт направить в Министерство сельского хозяйства до 15.05.2027. "
               "3. Информацию в ЕКЦ направить после утверждения изменений.", 10, align=4), SP(8),
            PP("Секретарь рабочей группы ________ Ермеков Д.С.", 10)]
    save(name, pdf_bytes(flow))
    other(name, "ru", "pdf", "working-group minutes with 'ПРОТОКОЛ', 'РЕШИЛИ', registry numbers and planned (not yet made) changes to a standard",
          ot_key(name, "ru"), "zem_krg", [("00201014", "Выдача разрешения на использование земельного участка для изыскательских работ")], CONS,
          "nothing to apply: planned changes only")


@doc
def o13():
    name = "ot-13-bounce-dsn.eml"
    notice = ("This is the mail system at host mx.ekc.gov.kz.\n\nI'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients.\n\n<m.sadykova@old-domain.kz>: host mx.old-domain.kz said: 550 5.1.1 User unknown\n")
    status = ("Reporting-MTA: dns; mx.ekc.gov.kz\nArrival-Date: Mon, 10 May 2027 11:00:00 +0500\n\n"
              "Final-Recipient: rfc822; m.sadykova@old-domain.kz\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n")
    orig = ("From: info@ekc.gov.kz\r\nTo: m.sadykova@old-domain.kz\r\nSubject: =?utf-8?B?" +
            base64.b64encode("Запрос о назначении ответственного лица".encode()).decode() + "?=\r\n"
            "Date: Mon, 10 May 2027 11:00:00 +0500\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n" +
            base64.encodebytes("Просим назначить ответственное лицо по государственной услуге № 00703002.\n".encode()).decode().replace("\n", "\r\n"))
    parts = [text_part(notice, "plain", "us-ascii", "7bit"),
             b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
             b"Content-Type: message/rfc822\r\nContent-Description: Undelivered Message\r\n\r\n" + orig.encode()]
    top = multipart("report; report-type=delivery-status", parts, "8A1B2C3D4E.1652170800/mx.ekc.gov.kz")
    save(name, message([("From", "MAILER-DAEMON@mx.ekc.gov.kz (Mail Delivery System)"), ("To", "info@ekc.gov.kz"),
                        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", "Mon, 10 May 2027 11:00:05 +0500"),
                        ("Message-ID", "<20270510060005.8A1B2C3D4E@mx.ekc.gov.kz>"), ("Auto-Submitted", "auto-replied")], top))
    other(name, "ru", "eml", "delivery failure report (multipart/report) carrying our own request with a registry number as message/rfc822",
          ot_key("body", None), "arh_zhmb", [("00703002", "Выдача архивных справок")], AW_APPT,
          "nothing to apply: our request bounced; resend to a valid address", letter("ЕКЦ-2027/238", "2027-05-10", "Запрос о назначении ответственного лица"))


@doc
def o14():
    name = "ot-14-read-receipt.eml"
    human = ("Ваше сообщение\n\n  Кому: kanc@mod-rk.gov.kz\n  Тема: О представлении дополнительной информации\n  Отправлено: 05.04.2027 10:00\n\n"
             "было прочитано 05.04.2027 14:22.\n")
    mdn = ("Reporting-UA: mod-rk.gov.kz; Microsoft Exchange Server\nFinal-Recipient: rfc822; kanc@mod-rk.gov.kz\n"
           "Original-Message-ID: <ekc-2027-190@ekc.gov.kz>\nDisposition: automatic-action/MDN-sent-automatically; displayed\n")
    top = multipart("report; report-type=disposition-notification",
                    [text_part(human, "plain", "utf-8", "base64"),
                     b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode()], "mdn-0405")
    save(name, message(heads("Канцелярия МО РК", "kanc@mod-rk.gov.kz", "Прочитано: О представлении дополнительной информации",
                             "Mon, 5 Apr 2027 14:22:10 +0500", "<mdn-0405@mod-rk.gov.kz>"), top))
    other(name, "ru", "eml", "read receipt (message/disposition-notification) echoing our subject",
          ot_key("body", "ru"), "mo", [("01801003", "Выдача архивной справки о прохождении воинской службы")], AW_ADD,
          "nothing to apply: read receipt", letter("ЕКЦ-2027/190", "2027-04-05", "О представлении дополнительной информации"))


@doc
def o15():
    import openpyxl
    name = "ot-15-stat-report-april.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "апрель 2027"
    ws["A1"] = "Отчет о количестве оказанных государственных услуг за апрель 2027 года"
    ws["A2"] = "Управление ветеринарии акимата Костанайской области"
    xl_rows(ws, 4, [["№", "№ в реестре", "Наименование услуги", "Поступило заявлений", "Оказано", "Мотивированных отказов", "Нарушения сроков"],
                    [1, "00805003", "Выдача ветеринарного паспорта на животное", 1240, 1231, 9, 0],
                    [2, "00805004", "Выдача ветеринарной справки", 3877, 3870, 7, 2],
                    [3, "00805011", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты", 412, 405, 7, 0]], bold=False)
    ws["B9"] = "Исполнитель: Карабаева Ж.О."
    ws["B10"] = "Дата: 05.05.2027"
    for col, wdt in zip("ABCDEFG", [5, 12, 50, 14, 10, 14, 14]):
        ws.column_dimensions[col].width = wdt
    save(name, xlsx_bytes(wb))
    other(name, "ru", "xlsx", "statistics table with registry numbers, an 'Исполнитель' line and a date — looks like a form but is a monthly report (with 'отказов' counts)",
          ot_key(name, "ru"), "vet_kst", [("00805004", "Выдача ветеринарной справки")], CONS, "nothing to apply: statistics report")


@doc
def o16():
    name = "ot-16-question-refusal-grounds-koi8.txt"
    text = ("Единый контакт-центр\n\n"
            "Управление занятости и социальных программ области Абай просит разъяснить, на каком основании операторы ЕКЦ сообщают "
            "гражданам, что в назначении жилищной помощи (услуга N 00601008) может быть отказано при наличии задолженности за "
            "коммунальные услуги. Такого основания для отказа в оказании услуги стандарт не содержит.\n\n"
            "Просим дать ответ в течение пяти рабочих дней и скорректировать скрипты консультирования.\n\n"
            "Заместитель руководителя                   А. Габдуллина\n")
    save(name, txt(text, "koi8-r"))
    other(name, "ru", "txt", "koi8-r; the agency asks us a question about grounds for refusing the SERVICE (words 'отказ', 'основание', 'не содержит') — not a refusal to give information",
          ot_key(name, "ru"), "soc_abai", [("00601008", "Назначение жилищной помощи")], CONS, "answer the agency; review the consulting script")


@doc
def o17():
    name = "ot-17-fw-staff-order-attach.eml"
    att = "prikaz_32-k.docx"
    d = new_docx(size=12)
    para(d, "ПРИКАЗ № 32-к", bold=True, align="c")
    para(d, "г. Караганда                                                                                   26.02.2027")
    para(d, "О назначении на должность", bold=True)
    para(d, "Назначить Садыкова Нурлана Ержановича на должность руководителя отдела регистрации земельных участков Управления "
            "земельных отношений Карагандинской области с 1 марта 2027 года с испытательным сроком три месяца.", align="j")
    para(d, "Основание: решение конкурсной комиссии от 20.02.2027 № 4.")
    para(d, "Руководитель управления                                    Е. Дюсенов")
    body = ("Коллеги, для сведения.\n\n---------- Forwarded message ---------\nОт: Отдел кадров <hr@zher.karaganda.gov.kz>\n"
            "Дата: пт, 26 февр. 2027 г. в 17:10\nТема: Приказ о назначении\n\nПросьба ознакомиться.\n")
    top = multipart("mixed", [text_part(body, "plain", "utf-8", "base64"), attach_part(att, docx_bytes(d), MIME_DOCX)], "fw-hr-0301")
    save(name, message(heads("Жаксылыкова Асель", "a.zhaksylykova@zher.karaganda.gov.kz", "Fwd: Приказ о назначении",
                             "Mon, 1 Mar 2027 09:30:00 +0500", "<fw-0301@zher.karaganda.gov.kz>"), top))
    other(name, "ru", "eml", "forwarded HR order 'О назначении на должность' with a name in the accusative and a start date — an appointment to a post, not as responsible person",
          ot_key("body", "ru", extra=(att,)), "zem_krg", [("00201050", "Выдача идентификационного документа на земельный участок")], CONS,
          "nothing to apply: HR order sent for information")


@doc
def o18():
    name = "ot-18-kyzylorda-autoreply-kk.eml"
    body = ("Сәлеметсіз бе!\n\nМен 2027 жылғы 2 тамыздан 29 тамызға дейін еңбек демалысындамын. Шұғыл мәселелер бойынша "
            "Қуанышбаев Дәулет Асқарұлына хабарласыңыз: 8 (7242) 60-18-35, d.kuanyshbaev@kyzylorda-agro.gov.kz.\n\n"
            "Оразбаева Ә.Е.\n")
    save(name, message(heads("Оразбаева Әсел", "a.orazbaeva@kyzylorda-agro.gov.kz", "Автожауап: Қосымша ақпарат беру туралы",
                             "Tue, 3 Aug 2027 10:00:01 +0500", "<auto-0803@kyzylorda-agro.gov.kz>", extra=[("Auto-Submitted", "auto-replied")]),
                       text_part(body, "plain", "utf-8", "base64")))
    other(name, "kk", "eml", "Kazakh out-of-office naming a substitute in the dative with contacts (mirrors a temporary-duties notice)",
          ot_key("body", "kk"), "ash_kzo", [("00303031", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау")], AW_ADD,
          "nothing to apply: auto-reply", letter("ЕКЦ-2027/322", "2027-08-03", "Қосымша ақпарат беру туралы"))


@doc
def o19():
    name = "ot-19-mangystau-kenes-hattamasy-kk.docx"
    d = new_docx(size=12)
    para(d, "Маңғыстау облысының жер қатынастары басқармасы басшысының орынбасары жанындағы\nКЕҢЕС ХАТТАМАСЫ", bold=True, align="c")
    para(d, "Ақтау қ.                                                                         2027 жылғы 20 сәуір № 7")
    para(d, "Күн тәртібі: мемлекеттік көрсетілетін қызметтердің (№ 00201014, № 00201031) сапасы туралы.", align="j")
    para(d, "ШЕШІМ:\n1. Бірыңғай байланыс орталығынан түскен өтініштерді талдау Серікбаева Г.А.-ға жүктелсін.\n"
            "2. Қызмет көрсету мерзімдерін сақтау бақылауға алынсын.\n3. Келесі кеңес 2027 жылғы 18 мамырда өтеді.", align="j")
    para(d, "Төрағалық етуші                                 Р. Жұмашев")
    save(name, docx_bytes(d))
    other(name, "kk", "docx", "Kazakh 'КЕҢЕС ХАТТАМАСЫ' (meeting minutes) — the same word 'хаттама' as a training protocol; a task 'жүктелсін' to a person; registry numbers",
          ot_key(name, "kk"), "zher_mng", [("00201014", "Изыскательтік жұмыстарға жер учаскесін пайдалануға рұқсат беру")], CONS,
          "nothing to apply: internal minutes")


@doc
def o20():
    name = "ot-20-sport-seminar-invite-kk.eml"
    body = ("Құрметті әріптестер!\n\nПавлодар облысының дене шынықтыру және спорт басқармасы 2027 жылғы 25 мамырда сағат 15:00-де "
            "«Спорт саласындағы мемлекеттік көрсетілетін қызметтер: жаңа стандарттар» тақырыбында онлайн-семинар өткізеді.\n"
            "Қатысу үшін сілтеме: https://meet.pavlodar-sport.gov.kz/seminar-0525\n\n"
            "Бірыңғай байланыс орталығының өкілдерін қатысуға шақырамыз.\n\nҰйымдастырушы: Жақсыбеков Е.М., 8 (7182) 32-45-17\n")
    save(name, message(heads("Жақсыбеков Ерлан", "e.zhaksybekov@pavlodar-sport.gov.kz", "Семинарға шақыру", "Wed, 19 May 2027 11:00:00 +0500",
                             "<pvl-0519@pavlodar-sport.gov.kz>"), text_part(body, "plain", "utf-8", "quoted-printable")))
    other(name, "kk", "eml", "Kazakh invitation to an online seminar about 'new standards' with a link and an organiser's phone",
          ot_key("body", "kk"), "sport_pvl", [("00902011", "Присвоение квалификационных категорий тренерам по видам спорта")], CONS, "nothing to apply: invitation")


@doc
def o21():
    name = "ot-21-tabigat-question-kk.eml"
    body = ("Сәлеметсіз бе!\n\n1-қосымшадағы 6-бағанды («Нормативтік құқықтық актілерге енгізілген өзгерістер») қалай толтыру керек — "
            "стандартқа өзгеріс енгізген бұйрықты ғана көрсетеміз бе, әлде барлық өзгерістерді ме? Сондай-ақ 8-бағанға екі "
            "телефон жазуға бола ма?\n\nАлдын ала рахмет,\nСейдахметова А.\n")
    html = "<div>" + "<br>".join(_h(x) for x in body.split("\n")) + "</div>"
    top = multipart("alternative", [text_part(body, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")], "q-tko-0310")
    save(name, message(heads("Сейдахметова Айжан", "a.seidakhmetova@turkistan-tabigat.gov.kz", "1-қосымша бойынша сұрақ",
                             "Wed, 10 Mar 2027 15:30:00 +0500", "<tko-0310@turkistan-tabigat.gov.kz>"), top))
    other(name, "kk", "eml", "Kazakh question about columns 6 and 8 of the form (quotes the column header)",
          ot_key("body", "kk"), "tko", [("01102022", "Жануарлар дүниесін пайдалануға рұқсат беру")], "information",
          "answer the question; keep waiting for the form", letter("ЕКЦ-2027/166", "2027-03-12", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы"))


@doc
def o22():
    name = "ot-22-algys-hat-kk.txt"
    text = ("АЛҒЫС ХАТ\n\n"
            "Ақтөбе облысының білім басқармасы Бірыңғай байланыс орталығының ұжымына мемлекеттік көрсетілетін қызметтер бойынша "
            "азаматтарға сапалы кеңес бергені және 2027 жылғы 19 наурызда өткен оқытуды жақсы ұйымдастырғаны үшін алғысын білдіреді.\n\n"
            "Басқарма басшысы                         Б. Алдабергенов\n")
    save(name, txt(text, "utf-8"))
    other(name, "kk", "txt", "Kazakh letter of thanks mentioning the training day (not a protocol)",
          ot_key(name, "kk"), "bilim_akt", [("00401014", "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну")],
          CONS, "nothing to apply: thanks")


@doc
def o23():
    name = "ot-23-zhumys-later-html-kk.eml"
    html = ("<html><body><p>Бірыңғай байланыс орталығына</p>"
            "<p>2027 жылғы 1 маусымдағы № ЕКЦ-2027/260 хатыңызға жауап ретінде хабарлаймыз: № 00601030 мемлекеттік көрсетілетін қызмет "
            "бойынша қосымша ақпарат 2027 жылғы 10 маусымға дейін жіберіледі. Қазіргі уақытта мәліметтер аудандық бөлімдерден жиналуда.</p>"
            "<p>Бас тарту туралы мәселе қаралған жоқ.</p><p>Құрметпен, Дүйсенов А.Қ.</p></body></html>")
    save(name, message(heads("Дүйсенов Арман", "a.duisenov@almaty-aleumet.gov.kz", "ЕКЦ-2027/260 хатқа",
                             "Thu, 3 Jun 2027 12:00:00 +0500", "<alm-0603@almaty-aleumet.gov.kz>"), text_part(html, "html", "utf-8", "base64")))
    other(name, "kk", "eml", "Kazakh HTML promise to send later, with an explicit 'Бас тарту туралы мәселе қаралған жоқ' (no refusal)",
          ot_key("body", "kk"), "zhumys_alm", [("00601030", "Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау")],
          AW_ADD, "nothing to apply: answer promised by 2027-06-10", letter("ЕКЦ-2027/260", "2027-06-01", "Қосымша ақпарат беру туралы"))


@doc
def o24():
    name = "ot-24-issapar-buiryq-kk.docx"
    d = new_docx(size=12)
    para(d, "ҚЫЗЫЛОРДА ОБЛЫСЫНЫҢ АУЫЛ ШАРУАШЫЛЫҒЫ БАСҚАРМАСЫ", bold=True, align="c")
    para(d, "БҰЙРЫҚ", bold=True, align="c")
    para(d, "2027 жылғы 14 сәуір                                                                   № 58-ж")
    para(d, "Іссапарға жіберу туралы", bold=True)
    para(d, "1. Мал шаруашылығы бөлімінің бас маманы Оразбаева Әсел Ержанқызы 2027 жылғы 19-23 сәуір аралығында Астана қаласына "
            "«Мемлекеттік көрсетілетін қызметтерді цифрландыру» семинарына қатысу үшін іссапарға жіберілсін.", align="j")
    para(d, "2. Іссапар кезеңінде оның міндеттері Қуанышбаев Д.А.-ға жүктелсін.", align="j")
    para(d, "Басқарма басшысы                                 Ж. Ерменов")
    save(name, docx_bytes(d))
    other(name, "kk", "docx", "Kazakh staff order on a business trip, duties handed to a colleague for the trip",
          ot_key(name, "kk"), "ash_kzo", [("00303031", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау")], CONS, "nothing to apply: staff order")


@doc
def o25():
    name = "ot-25-blank-form-kk.pdf"
    rows = [HDR_KK, NUMS, [""] * 8, [""] * 8]
    flow = [PP("Өзара іс-қимыл қағидаларына 1-қосымша\nНысан", 9, align=2), SP(3),
            PP("Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу", 11, bold=True, align=1), SP(4),
            ptable(rows, [12, 24, 34, 40, 40, 30, 34, 50], bold_rows=(0,)), SP(6),
            PP("Жауапты орындаушының Т.А.Ә. ____________________", 9), PP("Күні: « __ » ________ 20__ ж.", 9)]
    save(name, pdf_bytes(flow, landscape=True))
    other(name, "kk", "pdf", "blank Kazakh Appendix 1 form (empty rows, placeholder executor and date)",
          ot_key(name, "kk"), "sport_pvl", [("00902011", "Присвоение квалификационных категорий тренерам по видам спорта")], "information",
          "nothing to apply: blank form")


@doc
def o26():
    name = "ot-26-phishing-mailbox-bi.eml"
    html = ("<html><body><p><b>Пошта жәшігіңіз толды! / Ваш почтовый ящик переполнен!</b></p>"
            "<p>Хаттарды жоғалтпау үшін 24 сағат ішінде тіркелгіні растаңыз. / Чтобы не потерять письма, подтвердите учетную запись в течение 24 часов.</p>"
            "<p><a href=\"http://mail-gov-kz.example/verify?u=info@ekc.gov.kz\">РАСТАУ / ПОДТВЕРДИТЬ</a></p>"
            "<p style=\"font-size:9px\">© 2027 Mail Administrator</p></body></html>")
    save(name, message(heads("Mail Administrator", "admin@mail-gov-kz.example", "Пошта жәшігі толды / Почтовый ящик переполнен",
                             "Sun, 16 May 2027 03:14:00 +0500", "<phish-0516-0314@mail-gov-kz.example>"), text_part(html, "html", "utf-8", "base64")))
    other(name, "bilingual", "eml", "bilingual phishing message",
          ot_key("body", None), "phish", [], CONS, "nothing to apply: phishing, do not follow the link")


@doc
def o27():
    name = "ot-27-akimat-press-digest-bi.eml"
    plain = ("Кербулак ауданы әкімдігінің апталық жаңалықтары / Еженедельные новости акимата Кербулакского района\n\n"
             "1. Ауданда 12 мемлекеттік қызмет электронды форматқа көшірілді. / В районе 12 государственных услуг переведены в электронный формат.\n"
             "2. С 12 мая информация о госуслугах размещается на новой странице акимата. / 12 мамырдан бастап мемлекеттік қызметтер туралы ақпарат жаңа бетте.\n"
             "3. Ответственным за работу с обращениями граждан в аппарате акима назначен Тулеуов Б.Е. / Азаматтардың өтініштерімен жұмысқа Тулеуов Б.Е. жауапты.\n\n"
             "Баспасөз қызметі / Пресс-служба\n")
    html = "<div>" + "<br>".join(_h(x) for x in plain.split("\n")) + "</div>"
    top = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")], "press-0517")
    save(name, message(heads("Пресс-служба акимата", "press@zhetysu-akimat.gov.kz", "Апталық жаңалықтар / Новости недели",
                             "Mon, 17 May 2027 08:00:00 +0500", "<press-0517@zhetysu-akimat.gov.kz>", extra=[("Precedence", "bulk")]), top))
    other(name, "bilingual", "eml", "bilingual press digest that mentions a new web page and 'ответственным ... назначен' for citizens' appeals",
          ot_key("body", None), "akimat_kerb", [("00201040", "Выдача справки о наличии личного подсобного хозяйства")], CONS, "nothing to apply: press digest")


@doc
def o28():
    name = "ot-28-invitation-ekc-training-bi.docx"
    d = letter_docx("АТЫРАУ ОБЛЫСЫНЫҢ МӘДЕНИЕТ, АРХИВТЕР ЖӘНЕ ҚҰЖАТТАМА БАСҚАРМАСЫ\nУПРАВЛЕНИЕ КУЛЬТУРЫ, АРХИВОВ И ДОКУМЕНТАЦИИ АТЫРАУСКОЙ ОБЛАСТИ",
                    "2027 жылғы 1 наурыз / 1 марта 2027 года № 04-02/377", "Бірыңғай байланыс орталығына / Единому контакт-центру", None,
                    ["БКО қызметкерлерін № 00703002 және № 00703012 мемлекеттік көрсетілетін қызметтер бойынша оқытуға 2027 жылғы 5 наурызда "
                     "сағат 11:00-де шақырамыз.",
                     "Приглашаем сотрудников ЕКЦ на обучение по государственным услугам № 00703002 и № 00703012, которое состоится "
                     "5 марта 2027 года в 11:00 (видеоконференция). По итогам будет оформлен протокол."],
                    "Басшы / Руководитель                                  Б. Нұрғалиев")
    save(name, docx_bytes(d))
    other(name, "bilingual", "docx", "bilingual invitation to the training (before it happens): registry numbers, a date and the word 'протокол' — not a protocol",
          ot_key(name, None), "atyrau_arh", [("00703002", "Выдача архивных справок")], AW_PROT, "nothing to apply: invitation; the protocol comes later")


@doc
def o29():
    name = "ot-29-status-query-utf16-bi.txt"
    text = ("Бірыңғай байланыс орталығына / Единому контакт-центру\n\n"
            "2027 жылғы 9 наурызда жіберілген 1-қосымша бойынша ақпарат қабылданды ма? / Просим сообщить, принята ли информация по "
            "форме приложения 1, направленная 9 марта 2027 года по услугам № 00201040, № 00805004, № 00501010, и когда планируется обучение.\n\n"
            "Тулеуов Б.Е., 8 (72840) 3-12-45\n")
    save(name, txt(text, "utf-16"))
    other(name, "bilingual", "txt", "UTF-16 LE BOM bilingual status query listing three registry numbers and a phone",
          ot_key(name, None), "akimat_kerb", [("00201040", "Выдача справки о наличии личного подсобного хозяйства")], AW_PROT,
          "answer the status query; schedule the training")


@doc
def o30():
    name = "ot-30-esedo-registration-receipt-bi.eml"
    body = ("Хатыңыз тіркелді / Ваше письмо зарегистрировано\n\n"
            "Кіріс № / Вх. № 4512 от 12.05.2027\n"
            "Тақырыбы / Тема: О представлении информации о государственных услугах (ЕКЦ-2027/241)\n"
            "Орындаушы / Исполнитель: назначается / тағайындалады\n\n"
            "Бұл хат автоматты түрде жіберілді, жауап бермеңіз. / Это письмо отправлено автоматически, не отвечайте на него.\n")
    save(name, message(heads("ЕСЭДО Атырау", "noreply@atyrau-biz.gov.kz", "Тіркелді / Зарегистрировано: вх. № 4512",
                             "Wed, 12 May 2027 11:03:00 +0500", "<esedo-4512@atyrau-biz.gov.kz>", extra=[("Auto-Submitted", "auto-generated")]),
                       text_part(body, "plain", "utf-8", "base64")))
    other(name, "bilingual", "eml", "bilingual automatic registration receipt from a document system; 'Исполнитель: назначается' is not a person",
          ot_key("body", None), "predpr_atr", [("00102040", "Выдача разрешения на размещение объекта стационарной торговли")], "information",
          "nothing to apply: registration receipt", letter("ЕКЦ-2027/241", "2027-05-11", "О представлении информации о государственных услугах"))


# ============================================================================= main
def write_manifest():
    lines = ["# aigerim — train-r3 tuning corpus", "",
             "130 documents built by `make.py` (python-docx, openpyxl, reportlab; DejaVu fonts). Each input has",
             "`NAME.expected.json` (answer key) and `NAME.context.json` (the case it lands in). All agencies, people,",
             "phones, e-mails, order numbers and registry numbers are invented.", "",
             "Key conventions used here: names in the nominative; a position is keyed only when the letter gives it in",
             "the nominative; for a column-8 cell with two phones the first one is keyed; an extension (вн./ішкі) is not",
             "part of the phone; ditto marks (-//-, то же, сол сияқты) are resolved to the value above; 'без изменений'",
             "in a change table is null; `language` is keyed only for one-language documents.", "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for n, k, lang, fmt, hard in MANIFEST:
        safe = hard.replace("|", "\\|")
        lines.append(f"| {n} | {k} | {lang} | {fmt} | {safe} |")
    from collections import Counter
    lines += ["", "Totals: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(m[1] for m in MANIFEST).items())),
              "Languages: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(m[2] for m in MANIFEST).items())),
              "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(m[3] for m in MANIFEST).items())), ""]
    (OUT / "MANIFEST.md").write_text("\n".join(lines), "utf-8")


def main():
    for b in BUILDERS:
        b()
    write_manifest()
    print(f"{len(MANIFEST)} documents written to {OUT}")


if __name__ == "__main__":
    main()
