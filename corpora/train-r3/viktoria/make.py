#!/usr/bin/env python3
"""Generator of the held-out corpus "viktoria" (round 3): genuine replies of agencies to the
Unified Contact Centre -- appointments and replacements of the responsible person (p.5, p.7),
refusals (p.11) and change notices (p.6).

Every letter below is written by hand; the helpers only pack the text into .txt / .eml /
.docx / .pdf and write the answer key and the context next to each input.

    /tmp/cv-viktoria/bin/python make.py          # rebuilds every file in this folder
"""
from __future__ import annotations

import base64
import datetime as dt
import io
import json
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DejaVu", FONT))
pdfmetrics.registerFont(TTFont("DejaVuB", FONT_B))

EKC = "info@ekc.gov.kz"
KZ = dt.timezone(dt.timedelta(hours=5))
MANIFEST: list[tuple[str, str, str, str, str]] = []


# ----------------------------------------------------------------------------- keys, context

def put_key(name: str, documents: list, exit_code: int = 0) -> None:
    (OUT / f"{name}.expected.json").write_text(
        json.dumps({"exit": exit_code, "documents": documents}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8")


def put_ctx(name: str, agency: dict, services: list, awaiting: str, our_letter, effect: str,
            is_reply: bool = True) -> None:
    ctx = {"agency": agency,
           "services": [{"registry_number": r, "name": n} for r, n in services],
           "awaiting": awaiting,
           "our_letter": our_letter,
           "expected_effect": effect,
           "is_reply": is_reply}
    (OUT / f"{name}.context.json").write_text(json.dumps(ctx, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")


def letter(number: str, date: str, subject: str) -> dict:
    return {"number": number, "date": date, "subject": subject}


def man(name: str, kind: str, lang: str, fmt: str, hard: str) -> None:
    MANIFEST.append((name, kind, lang, fmt, hard))


def person(full_name, position=None, phone=None, email=None, *, omit=()):
    """A person for a key; fields named in omit are left out (not sure of them)."""
    d = {"full_name": full_name}
    if "position" not in omit:
        d["position"] = position
    if "phone" not in omit:
        d["phone"] = phone
    if "email" not in omit:
        d["email"] = email
    return d


def regs(*numbers):
    return [{"registry_number": n} for n in numbers]


# ----------------------------------------------------------------------------- plain text

def write_txt(name: str, text: str, encoding: str, crlf: bool = False) -> None:
    text = text.strip("\n") + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    if encoding == "utf-16":            # with BOM, little endian, as Notepad saves "Unicode"
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-8-sig":
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    else:
        data = text.encode(encoding)
    (OUT / name).write_bytes(data)


# ----------------------------------------------------------------------------- mail

def hdr(text: str, charset: str = "utf-8", enc: str = "b") -> str:
    """An encoded-word header value (one or more words), like mail clients write."""
    if all(ord(c) < 128 for c in text):
        return text
    h = Header(text, charset, header_name="Subject")
    s = h.encode(maxlinelen=76)
    if enc == "q":
        s = Header(text, charset).encode()
        # email.header picks B for utf-8 / cp1251; force Q for a few koi8-r senders
        raw = text.encode(charset)
        words, cur = [], ""
        for b in raw:
            piece = chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b)
            if len(cur) + len(piece) > 75 - len(charset) - 7:
                words.append(cur)
                cur = ""
            cur += piece
        words.append(cur)
        s = "\r\n ".join(f"=?{charset}?Q?{w}?=" for w in words)
    return s


def addr(display: str | None, address: str, charset: str = "utf-8") -> str:
    """A From value; a long display name is split into encoded words at spaces (the space is
    kept inside the earlier word, as Outlook and Thunderbird do)."""
    if not display:
        return address
    if all(ord(c) < 128 for c in display):
        return f'"{display}" <{address}>' if any(c in display for c in ",.;<>@") else f"{display} <{address}>"
    words = display.split(" ")
    chunks, cur = [], ""
    for i, w in enumerate(words):
        piece = w + (" " if i < len(words) - 1 else "")
        if cur and len((cur + piece).encode(charset)) > 30:
            chunks.append(cur)
            cur = ""
        cur += piece
    chunks.append(cur)
    enc = [f"=?{charset}?B?{base64.b64encode(c.encode(charset)).decode('ascii')}?=" for c in chunks]
    return "\r\n ".join(enc) + f" <{address}>"


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        b = base64.encodebytes(data)
        return b
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data  # 8bit / 7bit


def leaf(ctype: str, body: bytes, *, charset: str | None = None, cte: str = "8bit",
         filename: str | None = None, fn_style: str = "2231", inline: bool = False) -> bytes:
    """One MIME leaf part (headers + encoded body)."""
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    lines = []
    if filename:
        if all(ord(c) < 128 for c in filename):
            ct += f'; name="{filename}"'
            disp = f'attachment; filename="{filename}"'
        elif fn_style == "2231":
            from urllib.parse import quote
            q = quote(filename.encode("utf-8"), safe="")
            ct += f"; name*=utf-8''{q}"
            disp = f"attachment; filename*=utf-8''{q}"
        else:  # Outlook-style encoded word inside the quotes
            ew = hdr(filename)
            ct += f'; name="{ew}"'
            disp = f'attachment; filename="{ew}"'
        lines.append(f"Content-Type: {ct}")
        lines.append(f"Content-Disposition: {disp}")
    else:
        lines.append(f"Content-Type: {ct}")
    lines.append(f"Content-Transfer-Encoding: {cte}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + encode_body(body, cte).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = [f'Content-Type: multipart/{subtype};\r\n\tboundary="{boundary}"\r\n\r\n'.encode("ascii")]
    out.append(b"This is a multi-part message in MIME format.\r\n\r\n")
    for p in parts:
        out.append(f"--{boundary}\r\n".encode("ascii") + p.rstrip(b"\r\n") + b"\r\n\r\n")
    out.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(out)


def write_eml(name: str, *, frm: str, subject: str, date: dt.datetime, body_part: bytes,
              to: str = EKC, msgid: str, cc: str | None = None, in_reply_to: str | None = None,
              extra: list[str] | None = None, subject_charset: str = "utf-8", subject_enc: str = "b",
              raw_subject: str | None = None) -> None:
    h = [f"From: {frm}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h.append("Subject: " + (raw_subject if raw_subject is not None else hdr(subject, subject_charset, subject_enc)))
    h.append("Date: " + format_datetime(date))
    h.append(f"Message-ID: <{msgid}>")
    if in_reply_to:
        h.append(f"In-Reply-To: <{in_reply_to}>")
        h.append(f"References: <{in_reply_to}>")
    h.extend(extra or [])
    h.append("MIME-Version: 1.0")
    data = ("\r\n".join(h) + "\r\n").encode("ascii") + body_part
    (OUT / name).write_bytes(data)


def when(s: str) -> dt.datetime:
    """'2027-01-14 10:32' -> aware datetime in Kazakhstan time."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KZ)


def html_wrap(inner: str, charset: str, style: str = "outlook") -> str:
    if style == "outlook":
        return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                f'<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;font-size:11.0pt;'
                f'font-family:"Calibri",sans-serif;}}\n--></style>\n</head>\n'
                f'<body lang="RU" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                f'{inner}\n</div>\n</body>\n</html>\n')
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"></head>'
            f'<body><div style="font-family: Arial, sans-serif; font-size: 14px;">\n{inner}\n</div></body></html>\n')


def mso(*paras: str) -> str:
    """Outlook paragraphs; an empty string gives an empty paragraph."""
    out = []
    for p in paras:
        if p == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{p}<o:p></o:p></p>')
    return "\n".join(out)


# ----------------------------------------------------------------------------- docx

def _cell_borders(cell, show: bool) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single" if show else "nil")
        if show:
            e.set(qn("w:sz"), "4")
        b.append(e)
    tcPr.append(b)


def _para(container, text: str, *, bold=False, size=None, align=None, italic=False, indent=False,
          space_after=None):
    p = container.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def write_docx(name: str, *, head_kk: str | None, head_ru: str | None, head_addr: str | None = None,
               outno: str | None = None, blocks: list, author: str = "user",
               created: str = "2027-01-10T09:00:00") -> None:
    """A letter on a letterhead.

    blocks: list of items: ("p", text) body paragraph with first-line indent, ("l", text) plain
    left paragraph, ("r", text) right-aligned block (addressee), ("c", text) centred bold,
    ("b", text) bold left, ("t", rows, widths|None) a ruled table, ("sig", left, right)
    signature line as a borderless two-cell table, ("small", text) small print (executor).
    """
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = d.sections[0]
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.5)
    d.core_properties.author = author
    d.core_properties.created = dt.datetime.fromisoformat(created)
    d.core_properties.modified = dt.datetime.fromisoformat(created)
    if head_kk or head_ru:
        t = d.add_table(rows=1, cols=3)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = (Cm(7.5), Cm(2.5), Cm(7.5))
        for i, txt in enumerate((head_kk or "", "", head_ru or "")):
            c = t.rows[0].cells[i]
            c.width = widths[i]
            _cell_borders(c, False)
            c.paragraphs[0].text = ""
            for j, line in enumerate(txt.split("\n")):
                par = c.paragraphs[0] if j == 0 else c.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = par.add_run(line)
                r.bold = True
                r.font.size = Pt(10)
        if head_addr:
            _para(d, head_addr, size=8, align="center", space_after=0)
        # a rule under the letterhead
        p = d.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "1F4E79")):
            bottom.set(qn(k), v)
        bdr.append(bottom)
        pPr.append(bdr)
    if outno:
        _para(d, outno, size=11)
    for b in blocks:
        kind = b[0]
        if kind == "p":
            _para(d, b[1], indent=True, align="justify")
        elif kind == "l":
            _para(d, b[1])
        elif kind == "r":
            p = _para(d, b[1], bold=True)
            p.paragraph_format.left_indent = Cm(9.5)
        elif kind == "c":
            _para(d, b[1], bold=True, align="center")
        elif kind == "b":
            _para(d, b[1], bold=True)
        elif kind == "i":
            _para(d, b[1], italic=True)
        elif kind == "small":
            _para(d, b[1], size=9, space_after=0)
        elif kind == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = d.styles["Table Grid"]
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.rows[i].cells[j]
                    c.text = ""
                    lines = val.split("\n")
                    for k, line in enumerate(lines):
                        par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                        r = par.add_run(line)
                        r.font.size = Pt(11)
                        r.bold = (i == 0)
            if len(b) > 2 and b[2]:
                for i, w in enumerate(b[2]):
                    for row in t.rows:
                        row.cells[i].width = Cm(w)
            d.add_paragraph()
        elif kind == "sig":
            t = d.add_table(rows=1, cols=2)
            for i, txt in enumerate(b[1:3]):
                c = t.rows[0].cells[i]
                _cell_borders(c, False)
                c.paragraphs[0].text = ""
                for j, line in enumerate(txt.split("\n")):
                    par = c.paragraphs[0] if j == 0 else c.add_paragraph()
                    if i == 1:
                        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    r = par.add_run(line)
                    r.bold = True
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    (OUT / name).write_bytes(buf.getvalue())


def docx_bytes(name: str, **kw) -> bytes:
    write_docx(name, **kw)
    p = OUT / name
    data = p.read_bytes()
    p.unlink()
    return data


# ----------------------------------------------------------------------------- pdf

def write_pdf(name: str, lines: list, title: str = "") -> None:
    """lines: list of (style, text); style in 'n' normal, 'b' bold, 'c' centred bold, 'r' right,
    's' small, 'gap' blank space. Long text is wrapped by words."""
    c = canvas.Canvas(str(OUT / name), pagesize=A4, invariant=1)
    c.setTitle(title or name)
    c.setAuthor("")
    w, h = A4
    left, right, top = 70, w - 50, h - 60
    y = top

    def newpage():
        nonlocal y
        c.showPage()
        y = top

    for style, text in lines:
        if style == "gap":
            y -= 10
            continue
        font, size = ("DejaVuB", 11) if style in ("b", "c") else ("DejaVu", 8 if style == "s" else 11)
        lead = size + 4
        for raw in text.split("\n"):
            words = raw.split(" ")
            cur = ""
            out_lines = []
            for wd in words:
                cand = (cur + " " + wd) if cur else wd
                if pdfmetrics.stringWidth(cand, font, size) > (right - left) and cur:
                    out_lines.append(cur)
                    cur = wd
                else:
                    cur = cand
            out_lines.append(cur)
            for ln in out_lines:
                if y < 60:
                    newpage()
                c.setFont(font, size)
                if style == "c":
                    c.drawCentredString(w / 2, y, ln)
                elif style == "r":
                    c.drawRightString(right, y, ln)
                else:
                    c.drawString(left, y, ln)
                y -= lead
    c.save()


def pdf_bytes(name: str, lines: list, title: str = "") -> bytes:
    write_pdf(name, lines, title)
    p = OUT / name
    data = p.read_bytes()
    p.unlink()
    return data

# =============================================================================================
# Appointments (Rules p.5): in answer to the contact centre's request the agency names the
# person responsible. Keyed as responsible_change with previous_responsible null.
# =============================================================================================

def v01():
    name = "v01-shymkent-zher.eml"
    body = """Уважаемые коллеги!

На Ваше письмо от 12.01.2027 № ЕКЦ-2027/141 сообщаем, что ответственным за представление информации в Единый контакт-центр и проведение обучения по государственным услугам:
  - «Выдача решения на изменение целевого назначения земельного участка» (№ 00501021 в Реестре);
  - «Предоставление права на земельный участок, находящийся в государственной собственности, без проведения торгов» (№ 00501034 в Реестре)
назначен Сейтжанов Ерлан Нурланович – главный специалист отдела земельного кадастра и государственных услуг.

Тел.: 8 (7252) 53-17-40
E-mail: E.Seitzhanov@shymkent-zher.gov.kz

Сведения по форме приложения 1 к Правилам будут направлены ответственным лицом в установленный пятидневный срок.

С уважением,
Турсынбаев Асхат
руководитель Управления земельных отношений города Шымкент

-----Original Message-----
From: Единый контакт-центр <info@ekc.gov.kz>
Sent: Tuesday, January 12, 2027 4:51 PM
To: kense@shymkent-zher.gov.kz
Subject: О назначении ответственного лица (ЕКЦ-2027/141)

Единый контакт-центр в соответствии с пунктом 4 Правил взаимодействия просит в течение трех рабочих дней назначить ответственное лицо и представить информацию по форме приложения 1, за исключением информации, составляющей государственные секреты, коммерческую и иную охраняемую законом тайну.

Исп.: Жанибекова А.Т., тел. 8 (7172) 57-99-01
"""
    write_eml(name, frm=addr("Турсынбаев Асхат", "kense@shymkent-zher.gov.kz"),
              subject="RE: О назначении ответственного лица (ЕКЦ-2027/141)",
              date=when("2027-01-14 11:07"), msgid="8f1c2a7e0b1d4e@shymkent-zher.gov.kz",
              in_reply_to="ekc-2027-141@ekc.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="base64"),
              extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdrF3kq0z1c2bWm8Q0C3H1pTzY7Q5w=="])
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                    "responsible": person("Сейтжанов Ерлан Нурланович",
                                          "главный специалист отдела земельного кадастра и государственных услуг",
                                          "8 (7252) 53-17-40", "e.seitzhanov@shymkent-zher.gov.kz"),
                    "previous_responsible": None, "effective_date": None,
                    "services": regs("00501021", "00501034")}])
    put_ctx(name, {"name": "Управление земельных отношений города Шымкент", "email": "kense@shymkent-zher.gov.kz",
                   "bin": "180340021517"},
            [("00501021", "Выдача решения на изменение целевого назначения земельного участка"),
             ("00501034", "Предоставление права на земельный участок, находящийся в государственной собственности, без проведения торгов")],
            "appointment", letter("ЕКЦ-2027/141", "2027-01-12", "О назначении ответственного лица"),
            "record Сейтжанов Е.Н. as the responsible person for both services; wait for the Appendix 1 form")
    man(name, "responsible_change (appointment)", "ru", "eml text/plain utf-8 base64",
        "quoted request from the contact centre names its own executor and the secrets clause")


def v02():
    name = "v02-pavlodar-bilim.docx"
    write_docx(name,
               head_kk="ПАВЛОДАР ОБЛЫСЫ ӘКІМДІГІНІҢ\n«БІЛІМ БЕРУ БАСҚАРМАСЫ»\nММ",
               head_ru="ГУ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nПАВЛОДАРСКОЙ ОБЛАСТИ»\nАКИМАТА ПАВЛОДАРСКОЙ ОБЛАСТИ",
               head_addr="140000, Павлодар қ./г. Павлодар, Естая к./ул. Естая, 83, тел. 8 (7182) 32-20-54, uo@pavlodar-bilim.gov.kz",
               outno="22.01.2027 № 02-14/318",
               blocks=[("r", "Единый контакт-центр\nпо вопросам оказания\nгосударственных услуг"),
                       ("l", "На № ЕКЦ-2027/305 от 20.01.2027"),
                       ("p", "Управление образования Павлодарской области, рассмотрев Ваш запрос о представлении "
                             "информации по государственной услуге «Прием документов и зачисление в организации "
                             "дополнительного образования для детей» (№ 00702011 в Реестре государственных услуг), "
                             "сообщает следующее."),
                       ("p", "Ответственным лицом за представление информации в Единый контакт-центр и проведение "
                             "обучения определена Ким Ольга Викторовна, заместитель руководителя отдела дошкольного и "
                             "среднего образования, тел. +7 (7182) 32-45-17, электронная почта: o.kim@pavlodar-bilim.gov.kz."),
                       ("p", "Основание: приказ руководителя управления от 21.01.2027 № 47-ж «Об определении "
                             "ответственных лиц за взаимодействие с Единым контакт-центром»."),
                       ("p", "Заполненная форма согласно приложению 1 к Правилам взаимодействия будет представлена "
                             "Ким О.В. отдельным письмом."),
                       ("l", ""),
                       ("sig", "Руководитель управления", "Б. Жакупова"),
                       ("l", ""), ("l", ""),
                       ("small", "Исп.: Сулейменова А.\nтел.: 32-11-08")],
               author="Сулейменова А.", created="2027-01-22T10:15:00")
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Ким Ольга Викторовна",
                                          "заместитель руководителя отдела дошкольного и среднего образования",
                                          "+7 (7182) 32-45-17", "o.kim@pavlodar-bilim.gov.kz"),
                    "previous_responsible": None,
                    "services": regs("00702011")}])
    put_ctx(name, {"name": "Управление образования Павлодарской области", "email": "uo@pavlodar-bilim.gov.kz",
                   "bin": "990140003812"},
            [("00702011", "Прием документов и зачисление в организации дополнительного образования для детей")],
            "appointment", letter("ЕКЦ-2027/305", "2027-01-20", "О представлении информации по государственной услуге"),
            "record Ким О.В. as the responsible person for 00702011")
    man(name, "responsible_change (appointment)", "ru", "docx, bilingual letterhead",
        "executor line (Сулейменова) is not the responsible person; effective date not keyed (only the order date 21.01.2027)")


def v03():
    name = "v03-aktobe-kasipker.txt"
    text = """ВЫПИСКА ИЗ ПРИКАЗА
руководителя ГУ "Управление предпринимательства и индустриально-инновационного развития Актюбинской области"

г. Актобе                                   15 января 2027 года                                   № 18-о

Об определении ответственного лица за взаимодействие с Единым контакт-центром

В соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг с центральными государственными органами, местными исполнительными органами, а также услугодателями, ПРИКАЗЫВАЮ:

1. Возложить на главного специалиста отдела развития предпринимательства Омарову Алию Кайратовну обязанности ответственного лица за представление информации в Единый контакт-центр и проведение обучения по государственным услугам:
   00304015 - "Выдача лицензии на экспорт и импорт товаров";
   00304022 - "Выдача заключения об отнесении товаров к отечественным".
2. Омаровой А.К. обеспечить представление информации по форме приложения 1 в срок не более пяти рабочих дней.
3. Контроль за исполнением настоящего приказа возложить на заместителя руководителя управления Бекова Н.С.
4. Приказ вступает в силу со дня подписания.

Руководитель                                                 Д. Утегенов

Выписка верна.
Специалист по кадрам                                         Г. Исмагулова

---
Контакты ответственного лица: Омарова А.К., тел. 8 (7132) 55-20-14, aliya.omarova@aktobe-kasipker.gov.kz
"""
    write_txt(name, text, "cp1251", crlf=True)
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Омарова Алия Кайратовна", phone="8 (7132) 55-20-14",
                                          email="aliya.omarova@aktobe-kasipker.gov.kz", omit=("position",)),
                    "previous_responsible": None, "effective_date": "2027-01-15",
                    "services": regs("00304015", "00304022")}])
    put_ctx(name, {"name": "Управление предпринимательства и индустриально-инновационного развития Актюбинской области",
                   "email": "kasipker@aktobe-kasipker.gov.kz", "bin": "081240015633"},
            [("00304015", "Выдача лицензии на экспорт и импорт товаров"),
             ("00304022", "Выдача заключения об отнесении товаров к отечественным")],
            "appointment", letter("ЕКЦ-2027/118", "2027-01-11", "О назначении ответственного лица"),
            "record Омарова А.К. as the responsible person for 00304015 and 00304022")
    man(name, "responsible_change (appointment)", "ru", "txt windows-1251 CRLF",
        "order extract: name in accusative ('возложить на ... Омарову Алию Кайратовну'); a second 'возложить на' (control) names the deputy head; position only in genitive, not keyed")


def v04():
    name = "v04-karaganda-adilet.eml"
    inner = mso(
        "Добрый день!",
        "",
        "Департамент юстиции Карагандинской области на запрос Единого контакт-центра № ЕКЦ-2027/377 от 25.01.2027 сообщает.",
        "",
        "Ответственным лицом по государственным услугам <b>«Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов»</b> (01101003) и <b>«Выдача повторных свидетельств или справок о регистрации актов гражданского состояния»</b> (01101008) назначена:",
        "",
        "<b>Бекмуханбетова Жанар Ерлановна</b>, главный эксперт отдела регистрации актов гражданского состояния и апостиля,",
        "тел.&nbsp;8&nbsp;(7212)&nbsp;41-07-63, e-mail: <a href=\"mailto:zh.bekmukhanbetova@krg-adilet.gov.kz\">zh.bekmukhanbetova@krg-adilet.gov.kz</a>.",
        "",
        "На период отсутствия Бекмуханбетовой Ж.Е. (отпуск, командировка) оперативные вопросы можно решать с Лукпановым Арманом Сериковичем, тел. 8&nbsp;(7212)&nbsp;41-07-65.",
        "",
        "С уважением,",
        "<span style=\"color:#1F4E79\">Отдел документационного обеспечения<br>Департамент юстиции Карагандинской области<br>100012, г. Караганда, ул. Ержанова, 18</span>",
    )
    html = html_wrap(inner, "windows-1251")
    write_eml(name, frm=addr("Канцелярия ДЮ Карагандинской обл.", "kanc@krg-adilet.gov.kz", "windows-1251"),
              subject="Ответ на исх. ЕКЦ-2027/377", subject_charset="windows-1251",
              date=when("2027-01-27 15:42"), msgid="000a01db5f2e$7c1d2b40$74578fc0$@krg-adilet.gov.kz",
              body_part=leaf("text/html", html.encode("cp1251"), charset="windows-1251", cte="quoted-printable"),
              extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ru"])
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                    "responsible": person("Бекмуханбетова Жанар Ерлановна",
                                          "главный эксперт отдела регистрации актов гражданского состояния и апостиля",
                                          "8 (7212) 41-07-63", "zh.bekmukhanbetova@krg-adilet.gov.kz"),
                    "previous_responsible": None, "effective_date": None,
                    "services": regs("01101003", "01101008")}])
    put_ctx(name, {"name": "Департамент юстиции Карагандинской области", "email": "kanc@krg-adilet.gov.kz",
                   "bin": "960840001173"},
            [("01101003", "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов"),
             ("01101008", "Выдача повторных свидетельств или справок о регистрации актов гражданского состояния")],
            "appointment", letter("ЕКЦ-2027/377", "2027-01-25", "О назначении ответственного лица"),
            "record Бекмуханбетова Ж.Е. as responsible for both services (the stand-in is only a contact)")
    man(name, "responsible_change (appointment)", "ru", "eml HTML-only (Outlook) windows-1251 quoted-printable",
        "a stand-in for absences is named in instrumental case with his own phone; &nbsp; inside the phone")


def v05():
    name = "v05-tupkaragan.eml"
    body = """Құрметті әріптестер!

Бірыңғай байланыс орталығының 2027 жылғы 3 ақпандағы № ЕКЦ-2027/512 хатына жауап ретінде Түпқараған ауданы әкімінің аппараты «Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызметі (тізілімдегі № 00601044) бойынша Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге жауапты тұлға болып жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің бас маманы Жұмабаева Айгерім Серікқызы тағайындалғанын хабарлайды.

Байланыс телефоны: 8 (72938) 2-14-56
Электрондық пошта: a.zhumabaeva@tupkaragan.gov.kz

Қосымша 1-нысан бойынша мәліметтер бес жұмыс күні ішінде жіберіледі.

Құрметпен,
аппарат басшысы Н. Дүйсенғали

Түпқараған ауданы әкімінің аппараты
Форт-Шевченко қ., Абай к-сі, 5
"""
    write_eml(name, frm=addr("Түпқараған ауданы әкімінің аппараты", "apparat@tupkaragan.gov.kz"),
              subject="ЕКЦ-2027/512 хатқа жауап – жауапты тұлға",
              date=when("2027-02-05 09:18"), msgid="20270205091812.4411@tupkaragan.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="quoted-printable"))
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "kk",
                    "responsible": person("Жұмабаева Айгерім Серікқызы",
                                          "жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің бас маманы",
                                          "8 (72938) 2-14-56", "a.zhumabaeva@tupkaragan.gov.kz"),
                    "previous_responsible": None, "effective_date": None,
                    "services": regs("00601044")}])
    put_ctx(name, {"name": "Аппарат акима Тупкараганского района", "email": "apparat@tupkaragan.gov.kz",
                   "bin": "050540004419"},
            [("00601044", "Назначение жилищной помощи")],
            "appointment", letter("ЕКЦ-2027/512", "2027-02-03", "О назначении ответственного лица"),
            "record Жұмабаева А.С. as responsible for 00601044")
    man(name, "responsible_change (appointment)", "kk", "eml text/plain utf-8 quoted-printable",
        "Kazakh only; patronymic -қызы; position in Kazakh izafet before the name")


def v06():
    name = "v06-kostanay-vet.docx"
    write_docx(name,
               head_kk="ҚОСТАНАЙ ОБЛЫСЫ ӘКІМДІГІНІҢ\nВЕТЕРИНАРИЯ БАСҚАРМАСЫ",
               head_ru="УПРАВЛЕНИЕ ВЕТЕРИНАРИИ\nАКИМАТА КОСТАНАЙСКОЙ ОБЛАСТИ",
               head_addr="110000, Қостанай қ., Байтұрсынов к-сі, 95 / г. Костанай, ул. Байтурсынова, 95",
               outno="№ 07-1/266                                                     2027 жылғы «04» ақпан",
               blocks=[("r", "Бірыңғай байланыс орталығына\nЕдиный контакт-центр"),
                       ("p", "Сіздің 2027 жылғы 1 ақпандағы № ЕКЦ-2027/466 хатыңызға сәйкес «Ветеринариялық анықтама беру» "
                             "мемлекеттік көрсетілетін қызметі (№ 00901012) бойынша Бірыңғай байланыс орталығымен өзара "
                             "іс-қимылға жауапты тұлға болып 2027 жылғы 8 ақпаннан бастап ветеринариялық қауіпсіздік "
                             "бөлімінің бас ветеринариялық дәрігері Нұрпейісов Бауыржан Қайыргелдіұлы тағайындалады."),
                       ("p", "В соответствии с Вашим письмом от 1 февраля 2027 года № ЕКЦ-2027/466 сообщаем, что "
                             "ответственным лицом за взаимодействие с Единым контакт-центром по государственной услуге "
                             "«Выдача ветеринарной справки» (№ 00901012) с 8 февраля 2027 года назначается главный "
                             "ветеринарный врач отдела ветеринарной безопасности Нұрпейісов Бауыржан Қайыргелдіұлы."),
                       ("p", "Тел./Телефон: 8 (7142) 50-36-91\nE-mail: b.nurpeisov@kostanay-vet.gov.kz"),
                       ("l", ""),
                       ("sig", "Басшы / Руководитель", "А. Мейрамов"),
                       ("l", ""),
                       ("small", "Орынд./Исп.: Ж. Сагинтаева, 50-36-80")],
               author="Сагинтаева", created="2027-02-04T12:00:00")
    put_key(name, [{"part": name, "kind": "responsible_change",
                    "responsible": person("Нұрпейісов Бауыржан Қайыргелдіұлы",
                                          "главный ветеринарный врач отдела ветеринарной безопасности",
                                          "8 (7142) 50-36-91", "b.nurpeisov@kostanay-vet.gov.kz", omit=("position",)),
                    "previous_responsible": None, "effective_date": "2027-02-08",
                    "services": regs("00901012")}])
    put_ctx(name, {"name": "Управление ветеринарии акимата Костанайской области", "email": "vet@kostanay-vet.gov.kz",
                   "bin": "070240010552"},
            [("00901012", "Выдача ветеринарной справки")],
            "appointment", letter("ЕКЦ-2027/466", "2027-02-01", "О назначении ответственного лица"),
            "record Нұрпейісов Б.Қ. as responsible for 00901012 from 2027-02-08")
    man(name, "responsible_change (appointment)", "kk+ru", "docx, bilingual letterhead and text",
        "the same appointment in Kazakh then Russian; Kazakh spelling of the name inside the Russian text; date of the letter in Kazakh form; position differs by language, not keyed")


def v07():
    name = "v07-aksu-so.txt"
    text = """Аппарат акима Аксуского сельского округа
Енбекшиказахского района Алматинской области

Исх. N 41                                     от 09.02.2027 г.

                                              Единый контакт-центр
                                              по вопросам оказания госуслуг

На Ваш запрос N ЕКЦ-2027/540 от 04.02.2027 г. сообщаем, что по государственной услуге "Выдача справки о наличии личного подсобного хозяйства" (реестровый номер 00602005) ответственным лицом является специалист 1 категории аппарата акима сельского округа Ерлан Болатович Ахметов.

Раб. тел.: 8 (72775) 3-41-12
Эл. адрес: aksu.so@enbekshi.gov.kz

Отказов в предоставлении информации по данной услуге не будет, все сведения по ней открытые, тайну не составляют.

Аким сельского округа                                  Б. Жумагулов
"""
    write_txt(name, text, "koi8-r")
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Ахметов Ерлан Болатович",
                                          "специалист 1 категории аппарата акима сельского округа",
                                          "8 (72775) 3-41-12", "aksu.so@enbekshi.gov.kz"),
                    "previous_responsible": None, "effective_date": None,
                    "services": regs("00602005")}])
    put_ctx(name, {"name": "Аппарат акима Аксуского сельского округа Енбекшиказахского района",
                   "email": "aksu.so@enbekshi.gov.kz", "bin": "060940018834"},
            [("00602005", "Выдача справки о наличии личного подсобного хозяйства")],
            "appointment", letter("ЕКЦ-2027/540", "2027-02-04", "О назначении ответственного лица"),
            "record Ахметов Е.Б. as responsible for 00602005")
    man(name, "responsible_change (appointment)", "ru", "txt koi8-r",
        "name written given-name first (key puts the surname first); negation trap 'Отказов ... не будет', 'тайну не составляют'")


def v08():
    name = "v08-astana-sauler.eml"
    plain = """Здравствуйте.

Управление архитектуры, градостроительства и земельных отношений города Астаны на письмо ЕКЦ-2027/602 от 08.02.2027 просит включить в базу данных Единого контакт-центра в качестве ответственного лица по перечисленным ниже государственным услугам Тлеубердину Динару Маратовну:

 N   Реестр.номер   Наименование услуги
 1   00503002       Выдача архитектурно-планировочного задания
 2   00503007       Выдача решения на реконструкцию (перепланировку, переоборудование) помещений
 3   00503011       Предоставление исходных материалов при разработке проектов строительства

Контакты: тел. +7 (7172) 55-81-36, d.tleuberdina@astana-sauler.gov.kz

--
Отдел организационной работы
УАГиЗО г. Астаны
"""
    rows = "".join(
        f"<tr><td>{n}</td><td>{r}</td><td>{s}</td></tr>" for n, r, s in (
            (1, "00503002", "Выдача архитектурно-планировочного задания"),
            (2, "00503007", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений"),
            (3, "00503011", "Предоставление исходных материалов при разработке проектов строительства")))
    html = html_wrap(
        "<p>Здравствуйте.</p>"
        "<p>Управление архитектуры, градостроительства и земельных отношений города Астаны на письмо ЕКЦ-2027/602 "
        "от 08.02.2027 просит включить в базу данных Единого контакт-центра в качестве ответственного лица по "
        "перечисленным ниже государственным услугам <b>Тлеубердину Динару Маратовну</b>:</p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>&#8470;</th><th>Реестр. номер</th>"
        "<th>Наименование услуги</th></tr>" + rows + "</table>"
        "<p>Контакты: тел. +7 (7172) 55-81-36, <a href=\"mailto:d.tleuberdina@astana-sauler.gov.kz\">"
        "d.tleuberdina@astana-sauler.gov.kz</a></p>"
        "<p>--<br>Отдел организационной работы<br>УАГиЗО г. Астаны</p>", "koi8-r", style="web")
    body = multipart("alternative", [
        leaf("text/plain", plain.encode("koi8-r"), charset="koi8-r", cte="8bit"),
        leaf("text/html", html.encode("koi8-r"), charset="koi8-r", cte="quoted-printable")],
        "----=_Part_4471_1873400022.1739001122334")
    write_eml(name, frm=addr("Орготдел УАГиЗО", "org@astana-sauler.gov.kz", "koi8-r"),
              subject="Ответственное лицо по госуслугам (ЕКЦ-2027/602)", subject_charset="koi8-r", subject_enc="q",
              date=when("2027-02-10 17:03"), msgid="1739189011.883211@webmail.astana-sauler.gov.kz", body_part=body)
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                    "responsible": person("Тлеубердина Динара Маратовна", phone="+7 (7172) 55-81-36",
                                          email="d.tleuberdina@astana-sauler.gov.kz", omit=("position",)),
                    "previous_responsible": None, "effective_date": None,
                    "services": regs("00503002", "00503007", "00503011")}])
    put_ctx(name, {"name": "Управление архитектуры, градостроительства и земельных отношений города Астаны",
                   "email": "org@astana-sauler.gov.kz", "bin": "190140030027"},
            [("00503002", "Выдача архитектурно-планировочного задания"),
             ("00503007", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений"),
             ("00503011", "Предоставление исходных материалов при разработке проектов строительства")],
            "appointment", letter("ЕКЦ-2027/602", "2027-02-08", "О назначении ответственного лица"),
            "record Тлеубердина Д.М. as responsible for the three services")
    man(name, "responsible_change (appointment)", "ru", "eml multipart/alternative koi8-r (8bit text + qp html), Q-encoded koi8-r subject",
        "name only in accusative ('включить ... Тлеубердину Динару Маратовну'); no position; services in a table")


def v09():
    name = "v09-karasu-so.pdf"
    write_pdf(name, [
        ("c", "ЖАМБЫЛ АУДАНЫ ҚАРАСУ АУЫЛДЫҚ ОКРУГІ ӘКІМІНІҢ АППАРАТЫ"),
        ("c", "АППАРАТ АКИМА КАРАСУСКОГО СЕЛЬСКОГО ОКРУГА ЖАМБЫЛСКОГО РАЙОНА"),
        ("s", "Жамбылская область, Жамбылский район, с. Карасу, ул. Толе би, 12, тел. 8 (72633) 2-11-40"),
        ("gap", ""),
        ("n", "12.02.2027 № 3-15/27"),
        ("gap", ""),
        ("r", "Руководителю Единого контакт-центра"),
        ("gap", ""),
        ("n", "Аппарат акима Карасуского сельского округа, рассмотрев письмо Единого контакт-центра от 09.02.2027 "
              "№ ЕКЦ-2027/577, сообщает, что распоряжением акима сельского округа от 10.02.2027 № 9 принято решение "
              "назначить ответственным лицом за представление информации и проведение обучения сотрудников "
              "Единого контакт-центра по государственной услуге «Выдача справки о наличии личного подсобного "
              "хозяйства» (№ 00602005) Байжанова Нұрлана Асқарұлы, главного специалиста аппарата акима."),
        ("gap", ""),
        ("n", "Контактный телефон: 8 (72633) 2-11-47, сот. 8 705 118 46 20"),
        ("n", "Электронный адрес: n.baizhanov@karasu-so.gov.kz"),
        ("gap", ""),
        ("n", "Приложение: копия распоряжения на 1 листе."),
        ("gap", ""), ("gap", ""),
        ("b", "Аким сельского округа                                                    Т. Сыдыков"),
        ("gap", ""), ("gap", ""),
        ("s", "Исп. Байжанов Н.А."),
    ], title="Исх 3-15-27")
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Байжанов Нұрлан Асқарұлы", email="n.baizhanov@karasu-so.gov.kz",
                                          omit=("position", "phone")),
                    "previous_responsible": None,
                    "services": regs("00602005")}])
    put_ctx(name, {"name": "Аппарат акима Карасуского сельского округа Жамбылского района",
                   "email": "karasu.so@zhambyl-audan.gov.kz", "bin": "061140009938"},
            [("00602005", "Выдача справки о наличии личного подсобного хозяйства")],
            "appointment", letter("ЕКЦ-2027/577", "2027-02-09", "О назначении ответственного лица"),
            "record Байжанов Н.А. as responsible for 00602005")
    man(name, "responsible_change (appointment)", "ru", "pdf (text layer)",
        "Russian accusative with an undeclined Kazakh patronymic ('Байжанова Нұрлана Асқарұлы'); two phones (not keyed); order date 10.02.2027 is not keyed as effective date")


def v10():
    name = "v10-sko-zhkh.eml"
    body = """Добрый день. По вашему запросу ЕКЦ-2027/233:
ответственная по услуге "Выдача технических условий на подключение к сетям теплоснабжения" (00405013) - Абенова Сауле Жумагалиевна, руководитель отдела госуслуг, 8 777 215 40 63, abenova.s@sko-zhkh.gov.kz
Форму 1 пришлет она сама до конца недели.

Отправлено с iPhone
"""
    write_eml(name, frm="Abenova Saule <abenova.s@sko-zhkh.gov.kz>",
              subject="Re: ЕКЦ-2027/233", subject_charset="windows-1251",
              date=when("2027-01-19 19:44"), msgid="C3A1F0E2-77B4-4D0A-9E55-1A2B3C4D5E6F@sko-zhkh.gov.kz",
              in_reply_to="ekc-2027-233@ekc.gov.kz",
              body_part=(b"Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                         + body.replace("\n", "\r\n").encode("cp1251")),
              extra=["X-Mailer: iPhone Mail (20H240)"])
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                    "responsible": person("Абенова Сауле Жумагалиевна", "руководитель отдела госуслуг",
                                          "8 777 215 40 63", "abenova.s@sko-zhkh.gov.kz"),
                    "previous_responsible": None, "effective_date": None,
                    "services": regs("00405013")}])
    put_ctx(name, {"name": "Управление энергетики и жилищно-коммунального хозяйства Северо-Казахстанской области",
                   "email": "kense@sko-zhkh.gov.kz", "bin": "020340007741"},
            [("00405013", "Выдача технических условий на подключение к сетям теплоснабжения")],
            "appointment", letter("ЕКЦ-2027/233", "2027-01-15", "О назначении ответственного лица"),
            "record Абенова С.Ж. as responsible for 00405013")
    man(name, "responsible_change (appointment)", "ru", "eml text/plain, no charset label, windows-1251 8bit",
        "charset missing; one-line reply from a phone; name, position, phone, e-mail in one run")


def v11():
    name = "v11-turkestan-dsm.txt"
    text = """ГУ «Управление здравоохранения Туркестанской области»
Исх. № 12-04/1790 от 17.02.2027

Руководителю Единого контакт-центра

О назначении ответственного лица

Управление здравоохранения Туркестанской области на письмо Единого контакт-центра от 15.02.2027 № ЕКЦ-2027/688 сообщает следующее.

1. Ответственным лицом за взаимодействие с Единым контакт-центром по государственной услуге «Выдача лицензии на фармацевтическую деятельность» (№ 01003021) определена Жолдасбекова Гульмира Абдикаримовна – ведущий специалист отдела лицензирования.
   Телефон: 8 (7252) 40-18-77
   Электронная почта: g.zholdasbekova@turkestan-dsm.gov.kz

2. Провести обучение сотрудников Единого контакт-центра 10 марта 2027 года не представляется возможным в связи с участием ответственного лица в выездной проверке. Предлагаем перенести обучение на 12 марта 2027 года, 10:00, в режиме видеоконференции.

Заместитель руководителя                                   К. Абдуллаев

Исп.: Жолдасбекова Г.А., 40-18-77
"""
    write_txt(name, text, "utf-16", crlf=True)
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Жолдасбекова Гульмира Абдикаримовна",
                                          "ведущий специалист отдела лицензирования",
                                          "8 (7252) 40-18-77", "g.zholdasbekova@turkestan-dsm.gov.kz"),
                    "previous_responsible": None, "effective_date": None,
                    "services": regs("01003021")}])
    put_ctx(name, {"name": "Управление здравоохранения Туркестанской области", "email": "kanc@turkestan-dsm.gov.kz",
                   "bin": "180740029915"},
            [("01003021", "Выдача лицензии на фармацевтическую деятельность")],
            "appointment", letter("ЕКЦ-2027/688", "2027-02-15", "О назначении ответственного лица и проведении обучения"),
            "record Жолдасбекова Г.А. as responsible for 01003021; note the proposed training date")
    man(name, "responsible_change (appointment)", "ru", "txt UTF-16 LE with BOM, CRLF",
        "negation trap: 'не представляется возможным' refers to the training date, not a refusal")


def v12():
    name = "v12-msh-subsidii.eml"
    att_name = "Ответ ЕКЦ исх 06-2-188.docx"
    att = docx_bytes("tmp-v12.docx",
                     head_kk="ҚАЗАҚСТАН РЕСПУБЛИКАСЫ\nАУЫЛ ШАРУАШЫЛЫҒЫ МИНИСТРЛІГІ",
                     head_ru="МИНИСТЕРСТВО\nСЕЛЬСКОГО ХОЗЯЙСТВА\nРЕСПУБЛИКИ КАЗАХСТАН",
                     head_addr="010000, Астана қ., Кенесары к-сі, 36 / г. Астана, ул. Кенесары, 36",
                     outno="Исх. № 06-2/188 от 26.02.2027",
                     blocks=[("r", "РГУ «Единый контакт-центр»"),
                             ("p", "Департамент государственной поддержки агропромышленного комплекса Министерства "
                                   "сельского хозяйства Республики Казахстан в ответ на запрос Единого контакт-центра "
                                   "№ ЕКЦ-2027/701 от 18.02.2027 сообщает, что ответственным лицом за представление "
                                   "информации по государственным услугам «Субсидирование стоимости удобрений» "
                                   "(№ 00801003) и «Субсидирование развития семеноводства» (№ 00801009) определен "
                                   "эксперт управления субсидирования растениеводства Мұхтарұлы Дархан."),
                             ("p", "Контактные данные: +7 (7172) 55-57-12 (вн. 3314), d.mukhtaruly@minagri.gov.kz."),
                             ("p", "Просим направлять запросы по указанным услугам непосредственно на адрес "
                                   "ответственного лица."),
                             ("l", ""),
                             ("sig", "Директор Департамента", "Е. Нурмаганбетов")],
                     created="2027-02-26T11:30:00")
    cover = """Добрый день!
Направляем ответ Департамента на Ваш запрос (во вложении). Оригинал направлен через ЕСЭДО.

С уважением,
Канцелярия МСХ РК
"""
    body = multipart("mixed", [
        leaf("text/plain", cover.encode("utf-8"), charset="utf-8", cte="base64"),
        leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", att, cte="base64",
             filename=att_name, fn_style="ew")], "_004_KANC188MSHGOVKZ_")
    write_eml(name, frm=addr("Канцелярия МСХ", "kanc@minagri.gov.kz"), subject="Исх. 06-2/188 от 26.02.2027",
              date=when("2027-02-26 12:14"), msgid="KANC188.20270226@minagri.gov.kz", body_part=body)
    put_key(name, [{"part": "body", "kind": "other"},
                   {"part": att_name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Мұхтарұлы Дархан", "эксперт управления субсидирования растениеводства",
                                          email="d.mukhtaruly@minagri.gov.kz", omit=("phone",)),
                    "previous_responsible": None, "effective_date": None,
                    "services": regs("00801003", "00801009")}])
    put_ctx(name, {"name": "Министерство сельского хозяйства Республики Казахстан", "email": "kanc@minagri.gov.kz",
                   "bin": "990740002243"},
            [("00801003", "Субсидирование стоимости удобрений"),
             ("00801009", "Субсидирование развития семеноводства")],
            "appointment", letter("ЕКЦ-2027/701", "2027-02-18", "О назначении ответственного лица"),
            "record Мұхтарұлы Дархан as responsible for both services")
    man(name, "responsible_change (appointment)", "ru", "eml multipart/mixed, letter as .docx attachment with an Outlook encoded-word file name",
        "body is only a covering note (other); person has no patronymic and a surname in -ұлы; phone with extension not keyed")


for _f in (v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12):
    _f()

# =============================================================================================
# Replacements (Rules p.7): the responsible person is replaced, permanently or for a time.
# =============================================================================================

def v13():
    name = "v13-zko-agro.eml"
    body = """Единый контакт-центр

Управление сельского хозяйства Западно-Казахстанской области сообщает, что с 1 февраля 2027 года вместо Петрова И.И. ответственным за взаимодействие с Единым контакт-центром по государственной услуге «Государственная регистрация тракторов и изготовленных на их базе самоходных шасси и механизмов» (реестровый № 00802017) является Касымов Данияр Маратович, главный специалист отдела государственной инспекции по надзору за техникой.

Телефон: 8 (7112) 24-60-38
Электронная почта: d.kassymov@zko-agro.gov.kz

Все ранее представленные сведения по услуге (стандарт, регламент, интернет-ресурс) остаются без изменений.

Руководитель управления                 Е. Сагингалиев
Исп. Касымов Д.М.
"""
    write_eml(name, frm=addr("Управление сельского хозяйства ЗКО", "agro@zko-agro.gov.kz"),
              subject="О замене ответственного лица", date=when("2027-01-28 10:12"),
              msgid="a91f33c2.20270128@zko-agro.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="quoted-printable"))
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                    "responsible": person("Касымов Данияр Маратович",
                                          "главный специалист отдела государственной инспекции по надзору за техникой",
                                          "8 (7112) 24-60-38", "d.kassymov@zko-agro.gov.kz"),
                    "previous_responsible": {"full_name": "Петров И.И."},
                    "effective_date": "2027-02-01",
                    "services": regs("00802017")}])
    put_ctx(name, {"name": "Управление сельского хозяйства Западно-Казахстанской области", "email": "agro@zko-agro.gov.kz",
                   "bin": "990340006615"},
            [("00802017", "Государственная регистрация тракторов и изготовленных на их базе самоходных шасси и механизмов")],
            "consulting", None,
            "replace Петров И.И. by Касымов Д.М. as responsible for 00802017 from 2027-02-01")
    man(name, "responsible_change", "ru", "eml text/plain utf-8 quoted-printable",
        "'вместо Петрова И.И.' (genitive, initials); 'остаются без изменений' must not make it a change notice")


def v14():
    name = "v14-atyrau-archive.docx"
    write_docx(name,
               head_kk="АТЫРАУ ОБЛЫСЫНЫҢ МӘДЕНИЕТ,\nАРХИВТЕР ЖӘНЕ ҚҰЖАТТАМА\nБАСҚАРМАСЫ",
               head_ru="УПРАВЛЕНИЕ КУЛЬТУРЫ,\nАРХИВОВ И ДОКУМЕНТАЦИИ\nАТЫРАУСКОЙ ОБЛАСТИ",
               head_addr="060002, г. Атырау, пр. Азаттык, 44а, тел. 8 (7122) 27-55-10",
               outno="08.01.2027 № 04-07/21",
               blocks=[("r", "Руководителю\nЕдиного контакт-центра"),
                       ("c", "О замене ответственного лица"),
                       ("p", "В связи с переводом Нургалиевой Динары Сериковны на другую должность, на основании "
                             "приказа руководителя управления от 05.01.2027 № 12-к, ответственным лицом за "
                             "представление информации в Единый контакт-центр по государственной услуге «Выдача "
                             "архивных справок» (№ 00707004) с 11 января 2027 года назначить главного специалиста "
                             "Тулегенову Асель Бауыржанқызы."),
                       ("p", "Контактные данные нового ответственного лица:"),
                       ("l", "Тулегенова Асель Бауыржанқызы, главный специалист отдела архивного дела и "
                             "документации;\nтел.: 8 (7122) 27-55-31;\ne-mail: a.tulegenova@atyrau-madeniet.gov.kz"),
                       ("p", "Просим внести соответствующие изменения в базу данных Единого контакт-центра."),
                       ("l", ""),
                       ("sig", "Руководитель управления", "С. Мұқашев"),
                       ("l", ""),
                       ("small", "Орынд. А. Тулегенова\n27-55-31")],
               created="2027-01-08T16:20:00")
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Тулегенова Асель Бауыржанқызы",
                                          "главный специалист отдела архивного дела и документации",
                                          "8 (7122) 27-55-31", "a.tulegenova@atyrau-madeniet.gov.kz"),
                    "previous_responsible": {"full_name": "Нургалиева Динара Сериковна"},
                    "effective_date": "2027-01-11",
                    "services": regs("00707004")}])
    put_ctx(name, {"name": "Управление культуры, архивов и документации Атырауской области",
                   "email": "kanc@atyrau-madeniet.gov.kz", "bin": "020740004318"},
            [("00707004", "Выдача архивных справок")],
            "consulting", None, "replace Нургалиева Д.С. by Тулегенова А.Б. for 00707004 from 2027-01-11")
    man(name, "responsible_change", "ru", "docx, bilingual letterhead",
        "previous in genitive ('переводом Нургалиевой Динары Сериковны'), new in accusative with a -қызы patronymic; order date 05.01.2027 vs effective 11 January")


def v15():
    name = "v15-ekibastuz-zhsb.txt"
    text = """ГУ "Отдел занятости и социальных программ города Экибастуза"

Исх. N 01-18/944 от 29.07.2026

Единый контакт-центр по вопросам оказания государственных услуг

Уведомление

Настоящим уведомляем, что на время ежегодного оплачиваемого трудового отпуска Ахметовой Гульнары Болатовны с 3 по 28 августа 2026 года обязанности ответственного лица за взаимодействие с Единым контакт-центром по государственной услуге "Назначение государственной адресной социальной помощи" (реестровый номер 00601002) возлагаются на ведущего специалиста сектора адресной помощи Ержанова Бахыта Толеуовича.

Контакты на период замещения: тел. 8 (7187) 75-22-19, электронная почта b.erzhanov@ekibastuz-zhsb.gov.kz.

По выходу из отпуска, с 31 августа 2026 года, Ахметова Г.Б. приступает к исполнению обязанностей ответственного лица в обычном порядке, о чем дополнительное уведомление направляться не будет.

Руководитель отдела                                   М. Габдуллин
"""
    write_txt(name, text, "cp1251", crlf=True)
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Ержанов Бахыт Толеуович", phone="8 (7187) 75-22-19",
                                          email="b.erzhanov@ekibastuz-zhsb.gov.kz", omit=("position",)),
                    "previous_responsible": {"full_name": "Ахметова Гульнара Болатовна"},
                    "effective_date": "2026-08-03",
                    "services": regs("00601002")}])
    put_ctx(name, {"name": "Отдел занятости и социальных программ города Экибастуза",
                   "email": "zhsb@ekibastuz-zhsb.gov.kz", "bin": "011040008831"},
            [("00601002", "Назначение государственной адресной социальной помощи")],
            "consulting", None,
            "temporarily replace Ахметова Г.Б. by Ержанов Б.Т. for 00601002 from 2026-08-03 to 2026-08-28")
    man(name, "responsible_change (temporary)", "ru", "txt windows-1251 CRLF",
        "temporary duties during a vacation; two dates (start 3 Aug, return 31 Aug); both names in oblique cases")


def v16():
    name = "v16-almobl-tabigat.eml"
    inner = """<div>Уважаемые коллеги,</div>
<div>&nbsp;</div>
<div>ГУ «Управление природных ресурсов и регулирования природопользования Алматинской области» уведомляет, что в связи с увольнением Сарсенбаева Т.К. с 15.03.2027 ответственным лицом по государственной услуге «Выдача разрешения на эмиссии в окружающую среду для объектов II, III и IV категорий» (№&nbsp;01504011) является:</div>
<div>&nbsp;</div>
<div style="padding-left: 30px;"><strong>Искакова Мадина Ерболовна</strong><br />главный специалист отдела экологического регулирования<br />тел.: +7 (7282) 30-14-52<br />e-mail: <a href="mailto:m.iskakova@almobl-tabigat.gov.kz">m.iskakova@almobl-tabigat.gov.kz</a></div>
<div>&nbsp;</div>
<div>Прошу актуализировать данные в базе ЕКЦ.</div>
<div>&nbsp;</div>
<div>--&nbsp;</div>
<div>С уважением,<br />Бекенова Айнагуль<br />канцелярия управления</div>"""
    html = html_wrap(inner, "utf-8", style="web")
    write_eml(name, frm=addr("Бекенова Айнагуль", "kanc@almobl-tabigat.gov.kz"),
              subject="Замена ответственного лица, услуга 01504011", date=when("2027-03-12 11:37"),
              msgid="1741761433.117254@mail.almobl-tabigat.gov.kz",
              body_part=leaf("text/html", html.encode("utf-8"), charset="utf-8", cte="base64"),
              extra=["X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win))"])
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                    "responsible": person("Искакова Мадина Ерболовна", "главный специалист отдела экологического регулирования",
                                          "+7 (7282) 30-14-52", "m.iskakova@almobl-tabigat.gov.kz"),
                    "previous_responsible": {"full_name": "Сарсенбаев Т.К."},
                    "effective_date": "2027-03-15",
                    "services": regs("01504011")}])
    put_ctx(name, {"name": "Управление природных ресурсов и регулирования природопользования Алматинской области",
                   "email": "kanc@almobl-tabigat.gov.kz", "bin": "070140027714"},
            [("01504011", "Выдача разрешения на эмиссии в окружающую среду для объектов II, III и IV категорий")],
            "information", None, "replace Сарсенбаев Т.К. by Искакова М.Е. for 01504011 from 2027-03-15")
    man(name, "responsible_change", "ru", "eml HTML-only (webmail) utf-8 base64",
        "previous named only in a genitive after 'увольнением'; the signer (канцелярия) is not the responsible person")


def v17():
    name = "v17-almaty-sport.eml"
    plain = """Добрый день!

Управление спорта города Алматы сообщает о замене ответственного лица за взаимодействие с ЕКЦ по государственным услугам:
- 01401005 «Присвоение спортивных разрядов: кандидат в мастера спорта, спортсмен 1 разряда»;
- 01401009 «Присвоение квалификационных категорий тренерам, методистам, инструкторам-методистам».

Ранее ответственным лицом являлась Мухамеджанова Лаура. С 20 января 2027 года ответственный – Жанибеков Арман Ерболович, старший инспектор отдела развития спорта высших достижений, тел. 8 (727) 271-64-09, a.zhanibekov@almaty-sport.gov.kz.

Обновленную форму приложения 1 по указанным услугам направим после утверждения изменений в регламент.

С уважением,
Жанибеков Арман
Управление спорта г. Алматы

____________________________________________
Настоящее сообщение и все приложения к нему предназначены исключительно для указанных адресатов и могут содержать конфиденциальную информацию. Если Вы получили это сообщение по ошибке, уведомите отправителя и удалите его. Любое распространение или копирование запрещено.

-----Исходное сообщение-----
От: Единый контакт-центр [mailto:info@ekc.gov.kz]
Отправлено: 11 января 2027 г. 15:20
Кому: sport@almaty-sport.gov.kz
Тема: Актуализация сведений по госуслугам

Просим в рамках пункта 6 Правил актуализировать сведения по государственным услугам 01401005, 01401009, а также сообщить, является ли Мухамеджанова Л. ответственным лицом в настоящее время.
"""
    html_inner = mso(
        "Добрый день!", "",
        "Управление спорта города Алматы сообщает о замене ответственного лица за взаимодействие с ЕКЦ по государственным услугам:",
        "- 01401005 «Присвоение спортивных разрядов: кандидат в мастера спорта, спортсмен 1 разряда»;",
        "- 01401009 «Присвоение квалификационных категорий тренерам, методистам, инструкторам-методистам».", "",
        "Ранее ответственным лицом являлась Мухамеджанова Лаура. С 20 января 2027 года ответственный – "
        "<b>Жанибеков Арман Ерболович</b>, старший инспектор отдела развития спорта высших достижений, тел. "
        "8&nbsp;(727)&nbsp;271-64-09, <a href=\"mailto:a.zhanibekov@almaty-sport.gov.kz\">a.zhanibekov@almaty-sport.gov.kz</a>.", "",
        "Обновленную форму приложения 1 по указанным услугам направим после утверждения изменений в регламент.", "",
        "С уважением,", "Жанибеков Арман", "Управление спорта г. Алматы", "",
        "<span style=\"font-size:8.0pt;color:gray\">Настоящее сообщение и все приложения к нему предназначены "
        "исключительно для указанных адресатов и могут содержать конфиденциальную информацию. Если Вы получили это "
        "сообщение по ошибке, уведомите отправителя и удалите его. Любое распространение или копирование запрещено.</span>",
        "",
        "<b>От:</b> Единый контакт-центр [mailto:info@ekc.gov.kz]<br><b>Отправлено:</b> 11 января 2027 г. 15:20<br>"
        "<b>Кому:</b> sport@almaty-sport.gov.kz<br><b>Тема:</b> Актуализация сведений по госуслугам", "",
        "Просим в рамках пункта 6 Правил актуализировать сведения по государственным услугам 01401005, 01401009, а "
        "также сообщить, является ли Мухамеджанова Л. ответственным лицом в настоящее время.")
    body = multipart("alternative", [
        leaf("text/plain", plain.encode("cp1251"), charset="windows-1251", cte="quoted-printable"),
        leaf("text/html", html_wrap(html_inner, "windows-1251").encode("cp1251"), charset="windows-1251",
             cte="quoted-printable")], "_000_A7D3E91F2C0B4B8F9E5D1C2B3A4F5E6Dalmatysportgovkz_")
    write_eml(name, frm=addr("Жанибеков Арман Ерболович", "a.zhanibekov@almaty-sport.gov.kz", "windows-1251"),
              subject="RE: Актуализация сведений по госуслугам", subject_charset="windows-1251",
              date=when("2027-01-18 09:55"), msgid="A7D3E91F2C0B4B8F@almaty-sport.gov.kz",
              in_reply_to="ekc-2027-0111-77@ekc.gov.kz", body_part=body,
              extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: =?windows-1251?B?yu7t8vDu6/w=?="])
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                    "responsible": person("Жанибеков Арман Ерболович",
                                          "старший инспектор отдела развития спорта высших достижений",
                                          "8 (727) 271-64-09", "a.zhanibekov@almaty-sport.gov.kz"),
                    "previous_responsible": {"full_name": "Мухамеджанова Лаура"},
                    "effective_date": "2027-01-20",
                    "services": regs("01401005", "01401009")}])
    put_ctx(name, {"name": "Управление спорта города Алматы", "email": "sport@almaty-sport.gov.kz", "bin": "110340019926"},
            [("01401005", "Присвоение спортивных разрядов: кандидат в мастера спорта, спортсмен 1 разряда"),
             ("01401009", "Присвоение квалификационных категорий тренерам, методистам, инструкторам-методистам")],
            "information", letter("ЕКЦ-2027/97", "2027-01-11", "Актуализация сведений по госуслугам"),
            "replace Мухамеджанова Л. by Жанибеков А.Е. for both services from 2027-01-20")
    man(name, "responsible_change", "ru", "eml multipart/alternative windows-1251 qp, quoted earlier mail, disclaimer",
        "previous has no patronymic; disclaimer says 'конфиденциальную информацию' (no refusal); quoted request repeats registry numbers and the old name")


def v18():
    name = "v18-karaganda-zags.txt"
    text = """ГУ "Отдел регистрации актов гражданского состояния города Караганды"

N 02-11/307
от 29 марта 2027 г.

В Единый контакт-центр

О временной замене ответственного лица

В связи с уходом Ибраевой А.М. в отпуск по беременности и родам обязанности ответственного лица по взаимодействию с Единым контакт-центром по государственным услугам:
 * "Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния" (N 01102011);
 * "Государственная регистрация заключения брака (супружества), в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния" (N 01102015)
с 01.04.2027 исполняет Сагындыкова Жанар Кайратовна, главный специалист отдела.

Тел. 8 (7212) 42-19-03
e-mail: zh.sagyndykova@krg-zags.gov.kz

Руководитель отдела                                Р. Ахмедиярова
"""
    write_txt(name, text, "koi8-r")
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Сагындыкова Жанар Кайратовна", "главный специалист отдела",
                                          "8 (7212) 42-19-03", "zh.sagyndykova@krg-zags.gov.kz"),
                    "previous_responsible": {"full_name": "Ибраева А.М."},
                    "effective_date": "2027-04-01",
                    "services": regs("01102011", "01102015")}])
    put_ctx(name, {"name": "Отдел регистрации актов гражданского состояния города Караганды",
                   "email": "zags@krg-zags.gov.kz", "bin": "050240011164"},
            [("01102011", "Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния"),
             ("01102015", "Государственная регистрация заключения брака (супружества), в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния")],
            "consulting", None, "temporarily replace Ибраева А.М. by Сагындыкова Ж.К. for both services from 2027-04-01")
    man(name, "responsible_change (temporary)", "ru", "txt koi8-r",
        "maternity leave; previous only in genitive with initials; N instead of the numero sign")


def v19():
    name = "v19-aktobe-zher-kk.eml"
    body = """Құрметті Бірыңғай байланыс орталығының қызметкерлері!

Ақтөбе облысының жер қатынастары басқармасы 2027 жылғы 1 ақпаннан бастап «Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру» мемлекеттік көрсетілетін қызметі (тізілімдегі № 00501021) бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға Әбдірахманова Динара Жандосқызының орнына жер кадастры бөлімінің бас маманы Сәрсенбаева Гүлнар Қайратқызы болып белгіленгенін хабарлайды.

Байланыс деректері:
тел.: 8 (7132) 54-33-90
e-mail: g.sarsenbaeva@aktobe-zher.gov.kz

Басқарма басшысының орынбасары                  Қ. Тәжібаев
"""
    write_eml(name, frm=addr("Ақтөбе облысының жер қатынастары басқармасы", "zher@aktobe-zher.gov.kz"),
              subject="Жауапты тұлғаның ауысуы туралы", date=when("2027-01-26 14:05"),
              msgid="kk-19-0126@aktobe-zher.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="base64"))
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "kk",
                    "responsible": person("Сәрсенбаева Гүлнар Қайратқызы", "жер кадастры бөлімінің бас маманы",
                                          "8 (7132) 54-33-90", "g.sarsenbaeva@aktobe-zher.gov.kz"),
                    "previous_responsible": {"full_name": "Әбдірахманова Динара Жандосқызы"},
                    "effective_date": "2027-02-01",
                    "services": regs("00501021")}])
    put_ctx(name, {"name": "Управление земельных отношений Актюбинской области", "email": "zher@aktobe-zher.gov.kz",
                   "bin": "990440007725"},
            [("00501021", "Выдача решения на изменение целевого назначения земельного участка")],
            "consulting", None, "replace Әбдірахманова Д.Ж. by Сәрсенбаева Г.Қ. for 00501021 from 2027-02-01")
    man(name, "responsible_change", "kk", "eml text/plain utf-8 base64",
        "Kazakh only; previous in Kazakh genitive with the suffix glued to the patronymic ('Жандосқызының орнына'); date '2027 жылғы 1 ақпаннан бастап'")


def v20():
    name = "v20-vko-agro-bilingual.txt"
    text = """«Шығыс Қазақстан облысының ауыл шаруашылығы басқармасы» ММ
ГУ «Управление сельского хозяйства Восточно-Казахстанской области»

2027 жылғы 10 наурыз / 10 марта 2027 г.   № 05-09/412

Бірыңғай байланыс орталығына
В Единый контакт-центр

«Тракторшы-машинистің куәлігін беру» мемлекеттік көрсетілетін қызметі (№ 00803025) бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға Бейсенова Л.Т. орнына 2027 жылғы 15 наурыздан бастап мемлекеттік техникалық инспекция бөлімінің бас маманы Қасымов Нұржан Болатұлы тағайындалды.

Сообщаем, что с 15 марта 2027 г. ответственным лицом за взаимодействие с Единым контакт-центром по государственной услуге «Выдача удостоверения тракториста-машиниста» (№ 00803025) вместо Бейсеновой Л.Т. назначен главный специалист отдела государственной технической инспекции Қасымов Нұржан Болатұлы.

Тел.: 8 (7232) 57-04-26
E-mail: n.kassymov@vko-agro.gov.kz

Басшы / Руководитель                                   Д. Ержанов
"""
    write_txt(name, text, "utf-8-sig")
    put_key(name, [{"part": name, "kind": "responsible_change",
                    "responsible": person("Қасымов Нұржан Болатұлы", phone="8 (7232) 57-04-26",
                                          email="n.kassymov@vko-agro.gov.kz", omit=("position",)),
                    "previous_responsible": {"full_name": "Бейсенова Л.Т."},
                    "effective_date": "2027-03-15",
                    "services": regs("00803025")}])
    put_ctx(name, {"name": "Управление сельского хозяйства Восточно-Казахстанской области",
                   "email": "agro@vko-agro.gov.kz", "bin": "990540012296"},
            [("00803025", "Выдача удостоверения тракториста-машиниста")],
            "consulting", None, "replace Бейсенова Л.Т. by Қасымов Н.Б. for 00803025 from 2027-03-15")
    man(name, "responsible_change", "kk+ru", "txt UTF-8 with BOM",
        "Kazakh paragraph then Russian one; the letter date (10 March) and the effective date (15 March) both in two languages")


def v21():
    name = "v21-kds-mps.eml"
    body = """Уважаемые коллеги!

Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан уведомляет о замене ответственного лица по взаимодействию с Единым контакт-центром.

Государственные услуги:
00505003 — Выдача лицензии на изыскательскую деятельность
00505006 — Аттестация экспертов, осуществляющих экспертные работы и инжиниринговые услуги в сфере архитектурной, градостроительной и строительной деятельности

Прежнее ответственное лицо: Дюсенбаев Нурлан Ерикович (переведен в Департамент технического регулирования).
Новое ответственное лицо: Каирбекова Меруерт Аскаровна, главный эксперт Управления лицензирования и аттестации.
Тел.: +7 (7172) 74-92-15
E-mail: m.kairbekova@kds.mps.gov.kz
Дата назначения: с 01.03.2027.

С уважением,
Управление лицензирования и аттестации КДСЖКХ МПС РК
"""
    # the sender's webmail labels the part iso-8859-1, the bytes are windows-1251
    write_eml(name, frm="=?iso-8859-1?Q?Upravlenie_licenzirovaniya?= <licenz@kds.mps.gov.kz>",
              subject="Замена ответственного лица", subject_charset="windows-1251",
              date=when("2027-02-26 16:48"), msgid="4b2c81d0.1f7a.20270226@kds.mps.gov.kz",
              body_part=(b'Content-Type: text/plain; charset="iso-8859-1"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
                         + body.replace("\n", "\r\n").encode("cp1251")))
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                    "responsible": person("Каирбекова Меруерт Аскаровна",
                                          "главный эксперт Управления лицензирования и аттестации",
                                          "+7 (7172) 74-92-15", "m.kairbekova@kds.mps.gov.kz"),
                    "previous_responsible": {"full_name": "Дюсенбаев Нурлан Ерикович"},
                    "effective_date": "2027-03-01",
                    "services": regs("00505003", "00505006")}])
    put_ctx(name, {"name": "Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан",
                   "email": "licenz@kds.mps.gov.kz", "bin": "040340009972"},
            [("00505003", "Выдача лицензии на изыскательскую деятельность"),
             ("00505006", "Аттестация экспертов, осуществляющих экспертные работы и инжиниринговые услуги в сфере архитектурной, градостроительной и строительной деятельности")],
            "consulting", None, "replace Дюсенбаев Н.Е. by Каирбекова М.А. for both services from 2027-03-01")
    man(name, "responsible_change", "ru", "eml text/plain, charset label iso-8859-1 but bytes windows-1251",
        "wrong charset label; labelled lines 'Прежнее/Новое ответственное лицо'")


def v22():
    name = "v22-zhambyl-vet.pdf"
    write_pdf(name, [
        ("c", "«ЖАМБЫЛ ОБЛЫСЫ ӘКІМДІГІНІҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ» КММ"),
        ("c", "КГУ «УПРАВЛЕНИЕ ВЕТЕРИНАРИИ АКИМАТА ЖАМБЫЛСКОЙ ОБЛАСТИ»"),
        ("s", "080000, г. Тараз, ул. Абая, 125, тел.: 8 (7262) 43-05-21, e-mail: vet@zhambyl-vet.gov.kz"),
        ("gap", ""),
        ("n", "Шығ. № / Исх. № 02-08/512                                          05.03.2027"),
        ("gap", ""),
        ("r", "Единый контакт-центр"),
        ("gap", ""),
        ("n", "Управление ветеринарии акимата Жамбылской области уведомляет, что в связи с освобождением "
              "Оспановой Гульнары Ахметовны от занимаемой должности (02.03.2027) приказом от 03.03.2027 № 61-лс "
              "ответственным лицом по взаимодействию с Единым контакт-центром по государственным услугам "
              "«Выдача ветеринарной справки» (№ 00901012) и «Выдача ветеринарно-санитарного заключения на объекты "
              "государственного ветеринарно-санитарного контроля и надзора» (№ 00901020) определен Тажибаев Руслан "
              "Муратович, главный специалист отдела ветеринарного надзора."),
        ("gap", ""),
        ("n", "Тажибаев Р.М. приступает к исполнению обязанностей ответственного лица с 4 марта 2027 года."),
        ("gap", ""),
        ("n", "Тел.: 8 (7262) 43-05-37, e-mail: r.tazhibaev@zhambyl-vet.gov.kz"),
        ("gap", ""), ("gap", ""),
        ("b", "Руководитель управления                                                  А. Куанышбеков"),
    ], title="02-08/512")
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Тажибаев Руслан Муратович", "главный специалист отдела ветеринарного надзора",
                                          "8 (7262) 43-05-37", "r.tazhibaev@zhambyl-vet.gov.kz"),
                    "previous_responsible": {"full_name": "Оспанова Гульнара Ахметовна"},
                    "effective_date": "2027-03-04",
                    "services": regs("00901012", "00901020")}])
    put_ctx(name, {"name": "Управление ветеринарии акимата Жамбылской области", "email": "vet@zhambyl-vet.gov.kz",
                   "bin": "070340021853"},
            [("00901012", "Выдача ветеринарной справки"),
             ("00901020", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля и надзора")],
            "consulting", None, "replace Оспанова Г.А. by Тажибаев Р.М. for both services from 2027-03-04")
    man(name, "responsible_change", "ru", "pdf (text layer)",
        "three dates (dismissal 02.03, order 03.03, takeover 4 March); the letterhead carries the agency's general phone and e-mail")


def v23():
    name = "v23-pavlodar-sez.docx"
    write_docx(name,
               head_kk="ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ДЕНСАУЛЫҚ САҚТАУ\nМИНИСТРЛІГІ САНИТАРИЯЛЫҚ-ЭПИДЕМИОЛОГИЯЛЫҚ\nБАҚЫЛАУ КОМИТЕТІНІҢ ПАВЛОДАР\nОБЛЫСЫНЫҢ САНИТАРИЯЛЫҚ-ЭПИДЕМИОЛОГИЯЛЫҚ\nБАҚЫЛАУ ДЕПАРТАМЕНТІ",
               head_ru="ДЕПАРТАМЕНТ САНИТАРНО-\nЭПИДЕМИОЛОГИЧЕСКОГО КОНТРОЛЯ\nПАВЛОДАРСКОЙ ОБЛАСТИ КОМИТЕТА\nСАНИТАРНО-ЭПИДЕМИОЛОГИЧЕСКОГО\nКОНТРОЛЯ МИНИСТЕРСТВА\nЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН",
               outno="№ 19-03/233 от 27.01.2027",
               blocks=[("r", "Единый контакт-центр"),
                       ("p", "Департамент санитарно-эпидемиологического контроля Павлодарской области направляет "
                             "актуализированные сведения об ответственном лице по государственной услуге «Выдача "
                             "санитарно-эпидемиологического заключения» (№ 01006003)."),
                       ("t", [["Сведения", "Было", "Стало"],
                              ["Ф.И.О.", "Жумабаев Серик Тулегенович", "Нуртазина Айым Ермековна"],
                              ["Должность", "главный специалист отдела государственных услуг",
                               "руководитель отдела государственных услуг"],
                              ["Телефон", "8 (7182) 61-40-12", "8 (7182) 61-40-15"],
                              ["E-mail", "s.zhumabaev@pvl-sez.gov.kz", "a.nurtazina@pvl-sez.gov.kz"]],
                        (4, 6, 6)),
                       ("p", "Дата вступления изменений в силу: 01.02.2027."),
                       ("l", ""),
                       ("sig", "Руководитель департамента", "Г. Смагулова")],
               created="2027-01-27T09:40:00")
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Нуртазина Айым Ермековна", "руководитель отдела государственных услуг",
                                          "8 (7182) 61-40-15", "a.nurtazina@pvl-sez.gov.kz"),
                    "previous_responsible": {"full_name": "Жумабаев Серик Тулегенович"},
                    "effective_date": "2027-02-01",
                    "services": regs("01006003")}])
    put_ctx(name, {"name": "Департамент санитарно-эпидемиологического контроля Павлодарской области",
                   "email": "pvl@pvl-sez.gov.kz", "bin": "201040015571"},
            [("01006003", "Выдача санитарно-эпидемиологического заключения")],
            "consulting", None, "replace Жумабаев С.Т. by Нуртазина А.Е. for 01006003 from 2027-02-01")
    man(name, "responsible_change", "ru", "docx with a 'Было / Стало' table",
        "old and new person side by side in a table (both with phone and e-mail); long five-line bilingual letterhead")


def v24():
    name = "v24-stepnogorsk.txt"
    text = """АППАРАТ АКИМА ГОРОДА СТЕПНОГОРСКА
АКМОЛИНСКОЙ ОБЛАСТИ

исх. № 3-12/219 от 09.03.2027

ЕДИНЫЙ КОНТАКТ-ЦЕНТР

Аппарат акима г.Степногорска сообщает, что ответственный исполнитель по государственной услуге "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде" (рег. № 00402008) заменен:
  вместо Шевченко Ольги Петровны (уволена по собственному желанию) - Бондаренко Игорь Васильевич, и.о. заведующего сектором жилищных отношений.
Начало исполнения обязанностей - с 10 марта т.г.

Контакты: тел. 8 (71645) 6-22-81, эл.почта: i.bondarenko@stepnogorsk.gov.kz

Руководитель аппарата                       А.Смаилов
"""
    write_txt(name, text, "cp866", crlf=True)
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Бондаренко Игорь Васильевич",
                                          "и.о. заведующего сектором жилищных отношений",
                                          "8 (71645) 6-22-81", "i.bondarenko@stepnogorsk.gov.kz"),
                    "previous_responsible": {"full_name": "Шевченко Ольга Петровна"},
                    "effective_date": "2027-03-10",
                    "services": regs("00402008")}])
    put_ctx(name, {"name": "Аппарат акима города Степногорска", "email": "akimat@stepnogorsk.gov.kz",
                   "bin": "990640003367"},
            [("00402008", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде")],
            "consulting", None, "replace Шевченко О.П. by Бондаренко И.В. for 00402008 from 2027-03-10")
    man(name, "responsible_change", "ru", "txt cp866 (DOS) CRLF",
        "indeclinable -ко surnames; date 'с 10 марта т.г.' (year from the letter date); position 'и.о. заведующего ...' is itself genitive by form")


def v25():
    name = "v25-migration.eml"
    att_name = "Уведомление о замене ответственного лица.docx"
    att = docx_bytes("tmp-v25.docx",
                     head_kk="ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ІШКІ ІСТЕР\nМИНИСТРЛІГІНІҢ КӨШІ-ҚОН ҚЫЗМЕТІ\nКОМИТЕТІ",
                     head_ru="КОМИТЕТ МИГРАЦИОННОЙ СЛУЖБЫ\nМИНИСТЕРСТВА ВНУТРЕННИХ ДЕЛ\nРЕСПУБЛИКИ КАЗАХСТАН",
                     outno="04.02.2027                                                   № 7-4/1102",
                     blocks=[("r", "Руководителю\nЕдиного контакт-центра"),
                             ("p", "Комитет миграционной службы МВД Республики Казахстан сообщает, что ответственным "
                                   "лицом за взаимодействие с Единым контакт-центром по государственной услуге «Выдача "
                                   "разрешений иностранцам и лицам без гражданства на постоянное проживание в "
                                   "Республике Казахстан» (№ 01205003) вместо майора полиции Абишева Д.Р. определен "
                                   "начальник отдела разрешительной работы подполковник полиции Сапаров Ербол Кенесович."),
                             ("p", "Служебный телефон: 8 (7172) 71-30-48, электронная почта: e.saparov@kms.mvd.gov.kz."),
                             ("l", ""),
                             ("sig", "Заместитель председателя Комитета\nполковник полиции", "Т. Оразалин")],
                     created="2027-02-04T15:00:00")
    cover = "Направляется письмо Комитета миграционной службы, исх. N 7-4/1102 от 04.02.2027.\n\n--\nКанцелярия КМС МВД РК\n"
    body = multipart("mixed", [
        leaf("text/plain", cover.encode("koi8-r"), charset="koi8-r", cte="8bit"),
        leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", att, cte="base64",
             filename=att_name)], "=_mixed 0031A7F24725883A_=")
    write_eml(name, frm=addr("КМС МВД РК", "kanc@kms.mvd.gov.kz", "koi8-r"),
              subject="исх. 7-4/1102", date=when("2027-02-04 16:31"), msgid="OF7E21A0B3.44C1D2E5-ON4625@kms.mvd.gov.kz",
              body_part=body, extra=["X-Mailer: Lotus Notes Release 9.0.1FP10 SHF68"])
    put_key(name, [{"part": "body", "kind": "other"},
                   {"part": att_name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Сапаров Ербол Кенесович", phone="8 (7172) 71-30-48",
                                          email="e.saparov@kms.mvd.gov.kz", omit=("position",)),
                    "previous_responsible": {"full_name": "Абишев Д.Р."},
                    "effective_date": None,
                    "services": regs("01205003")}])
    put_ctx(name, {"name": "Комитет миграционной службы Министерства внутренних дел Республики Казахстан",
                   "email": "kanc@kms.mvd.gov.kz", "bin": "050540000917"},
            [("01205003", "Выдача разрешений иностранцам и лицам без гражданства на постоянное проживание в Республике Казахстан")],
            "consulting", None, "replace Абишев Д.Р. by Сапаров Е.К. for 01205003")
    man(name, "responsible_change", "ru", "eml multipart/mixed koi8-r covering note + .docx with an RFC 2231 Cyrillic file name",
        "police ranks around both names ('майора полиции Абишева Д.Р.'); no effective date; position with rank not keyed")


def v26():
    name = "v26-almaty-bilim.eml"
    body = """Добрый день, коллеги.

Управление образования города Алматы информирует об изменении ответственного лица за взаимодействие с Единым контакт-центром.

С понедельника, 12 апреля 2027 г., по государственным услугам
  00702003 «Прием документов и зачисление детей в дошкольные организации образования»,
  00702007 «Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в дошкольные организации»,
  00702019 «Прием документов для предоставления бесплатного питания отдельным категориям обучающихся»
работу с ЕКЦ, ранее закрепленную за Кулбаевой С.Б., будет вести главный специалист отдела дошкольного образования Абдрахманов Талгат Ерикович (тел. 8 (727) 273-08-44, t.abdrakhmanov@almaty-bilim.gov.kz).

Просим все запросы по указанным услугам после 12.04.2027 направлять Абдрахманову Т.Е.

С уважением,
Кулбаева Сауле
главный специалист
Управление образования г. Алматы
"""
    write_eml(name, frm=addr("Кулбаева Сауле", "s.kulbaeva@almaty-bilim.gov.kz"),
              subject="Смена ответственного по госуслугам ДО", date=when("2027-04-07 12:20"),
              msgid="CAKx7p+Qm1ZfE0w3=Yd2@mail.almaty-bilim.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="8bit"))
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                    "responsible": person("Абдрахманов Талгат Ерикович", "главный специалист отдела дошкольного образования",
                                          "8 (727) 273-08-44", "t.abdrakhmanov@almaty-bilim.gov.kz"),
                    "previous_responsible": {"full_name": "Кулбаева С.Б."},
                    "effective_date": "2027-04-12",
                    "services": regs("00702003", "00702007", "00702019")}])
    put_ctx(name, {"name": "Управление образования города Алматы", "email": "kanc@almaty-bilim.gov.kz",
                   "bin": "990240006548"},
            [("00702003", "Прием документов и зачисление детей в дошкольные организации образования"),
             ("00702007", "Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в дошкольные организации"),
             ("00702019", "Прием документов для предоставления бесплатного питания отдельным категориям обучающихся")],
            "consulting", None, "replace Кулбаева С.Б. by Абдрахманов Т.Е. for the three services from 2027-04-12")
    man(name, "responsible_change", "ru", "eml text/plain utf-8 8bit",
        "sent and signed by the outgoing person (her signature is in the nominative); date 'С понедельника, 12 апреля 2027 г.'")


def v27():
    name = "v27-almaty-kasipker.txt"
    text = """Управление предпринимательства и инвестиций города Алматы
Исх. № 15-02/3377 от 25.05.2027

Единый контакт-центр

ИЗВЕЩЕНИЕ ОБ ИЗМЕНЕНИИ ОТВЕТСТВЕННОГО ЛИЦА (п. 7 Правил взаимодействия)

Государственная услуга: «Выдача разрешения на размещение объектов наружной (визуальной) рекламы в полосе отвода автомобильных дорог общего пользования» (№ 00309006)

Прежнее ответственное лицо:   Ли Анна Сергеевна, главный специалист отдела по работе с бизнесом
Новое ответственное лицо:     Цой Виталий Алексеевич, главный специалист отдела по работе с бизнесом
Телефон:                      +7 727 272 15 90
Электронная почта:            V.Tsoy@almaty-invest.gov.kz
Дата:                         с 01.06.2027

Заместитель руководителя управления                 Е. Байтасов
"""
    write_txt(name, text, "utf-16", crlf=True)
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Цой Виталий Алексеевич", "главный специалист отдела по работе с бизнесом",
                                          "+7 727 272 15 90", "v.tsoy@almaty-invest.gov.kz"),
                    "previous_responsible": {"full_name": "Ли Анна Сергеевна"},
                    "effective_date": "2027-06-01",
                    "services": regs("00309006")}])
    put_ctx(name, {"name": "Управление предпринимательства и инвестиций города Алматы",
                   "email": "kanc@almaty-invest.gov.kz", "bin": "100240025586"},
            [("00309006", "Выдача разрешения на размещение объектов наружной (визуальной) рекламы в полосе отвода автомобильных дорог общего пользования")],
            "consulting", None, "replace Ли А.С. by Цой В.А. for 00309006 from 2027-06-01")
    man(name, "responsible_change", "ru", "txt UTF-16 LE with BOM, CRLF",
        "labelled form; old and new have the same position; short Korean surnames; e-mail in mixed case")


def v28():
    name = "v28-akmola-dsm.eml"
    kk = ("Ақмола облысының денсаулық сақтау басқармасы 2027 жылғы 22 ақпаннан бастап «Фармацевтикалық қызметке "
          "лицензия беру» (№ 01003021) және «Медициналық қызметке лицензия беру» (№ 01003030) мемлекеттік көрсетілетін "
          "қызметтері бойынша жауапты тұлға Мусина Светлана Анатольевнаның орнына лицензиялау бөлімінің бас маманы "
          "Әлімжанова Ботагөз Мұратқызы болып тағайындалғанын хабарлайды.")
    ru = ("Управление здравоохранения Акмолинской области сообщает, что с 22 февраля 2027 года ответственным лицом по "
          "государственным услугам «Выдача лицензии на фармацевтическую деятельность» (№ 01003021) и «Выдача лицензии "
          "на медицинскую деятельность» (№ 01003030) вместо Мусиной Светланы Анатольевны назначена главный специалист "
          "отдела лицензирования Әлімжанова Ботагөз Мұратқызы.")
    contacts = "Тел.: 8 (7162) 29-31-18; e-mail: b.alimzhanova@akmola-dsm.gov.kz"
    plain = f"{kk}\n\n{ru}\n\n{contacts}\n\nҚұрметпен / С уважением,\nлицензиялау бөлімі / отдел лицензирования\n"
    html = html_wrap(f"<p>{kk}</p><hr><p>{ru}</p><p><i>{contacts}</i></p>"
                     "<p>Құрметпен / С уважением,<br>лицензиялау бөлімі / отдел лицензирования</p>", "utf-8", style="web")
    body = multipart("alternative", [leaf("text/plain", plain.encode("utf-8"), charset="utf-8", cte="base64"),
                                     leaf("text/html", html.encode("utf-8"), charset="utf-8", cte="base64")],
                     "b1_7f3a9c2e4d5b6a7f8e9d0c1b2a3f4e5d")
    write_eml(name, frm=addr("Лицензиялау бөлімі", "license@akmola-dsm.gov.kz"),
              subject="Жауапты тұлға ауысты / Замена ответственного лица", date=when("2027-02-18 10:02"),
              msgid="b1_7f3a9c2e4d5b@akmola-dsm.gov.kz", body_part=body)
    put_key(name, [{"part": "body", "kind": "responsible_change",
                    "responsible": person("Әлімжанова Ботагөз Мұратқызы", phone="8 (7162) 29-31-18",
                                          email="b.alimzhanova@akmola-dsm.gov.kz", omit=("position",)),
                    "previous_responsible": {"full_name": "Мусина Светлана Анатольевна"},
                    "effective_date": "2027-02-22",
                    "services": regs("01003021", "01003030")}])
    put_ctx(name, {"name": "Управление здравоохранения Акмолинской области", "email": "license@akmola-dsm.gov.kz",
                   "bin": "990940002871"},
            [("01003021", "Выдача лицензии на фармацевтическую деятельность"),
             ("01003030", "Выдача лицензии на медицинскую деятельность")],
            "consulting", None, "replace Мусина С.А. by Әлімжанова Б.М. for both services from 2027-02-22")
    man(name, "responsible_change", "kk+ru", "eml multipart/alternative utf-8 base64 (plain + html)",
        "Kazakh genitive glued to a Russian patronymic ('Анатольевнаның'); Russian genitive 'Мусиной Светланы Анатольевны'")


def v29():
    name = "v29-kostanay-transport.docx"
    write_docx(name,
               head_kk="ҚОСТАНАЙ ОБЛЫСЫ ӘКІМДІГІНІҢ\nЖОЛАУШЫЛАР КӨЛІГІ ЖӘНЕ\nАВТОМОБИЛЬ ЖОЛДАРЫ БАСҚАРМАСЫ",
               head_ru="УПРАВЛЕНИЕ ПАССАЖИРСКОГО\nТРАНСПОРТА И АВТОМОБИЛЬНЫХ\nДОРОГ АКИМАТА КОСТАНАЙСКОЙ ОБЛАСТИ",
               outno="Исх. № 05-2/780 от «26» марта 2027 г.",
               blocks=[("c", "РАСПОРЯЖЕНИЕ\n(копия для Единого контакт-центра)"),
                       ("p", "В целях обеспечения исполнения пункта 7 Правил взаимодействия Единого контакт-центра "
                             "по вопросам оказания государственных услуг:"),
                       ("p", "1. Обязанности ответственного лица по государственным услугам «Выдача свидетельства о "
                             "соответствии автобусов требованиям к перевозке пассажиров» (№ 00302011) и «Выдача "
                             "специального разрешения на проезд тяжеловесных и (или) крупногабаритных транспортных "
                             "средств» (№ 00302019), ранее возложенные на Темирханова Азамата приказом от 14.06.2026 "
                             "№ 88, снять."),
                       ("p", "2. Ответственным лицом определить Жаксылыкову Айнур Маратовну — руководителя отдела "
                             "транспортного контроля и лицензирования (тел. 8 (7142) 53-77-02, "
                             "a.zhaksylykova@kst-transport.gov.kz)."),
                       ("p", "3. Настоящее распоряжение вступает в силу с 1 апреля 2027 года."),
                       ("l", ""),
                       ("sig", "Руководитель управления", "М. Оспанов"),
                       ("l", ""),
                       ("i", "Копия верна. Специалист по документационному обеспечению Г. Ким")],
               created="2027-03-26T14:00:00")
    put_key(name, [{"part": name, "kind": "responsible_change", "language": "ru",
                    "responsible": person("Жаксылыкова Айнур Маратовна", phone="8 (7142) 53-77-02",
                                          email="a.zhaksylykova@kst-transport.gov.kz", omit=("position",)),
                    "previous_responsible": {"full_name": "Темирханов Азамат"},
                    "effective_date": "2027-04-01",
                    "services": regs("00302011", "00302019")}])
    put_ctx(name, {"name": "Управление пассажирского транспорта и автомобильных дорог акимата Костанайской области",
                   "email": "kanc@kst-transport.gov.kz", "bin": "061240017302"},
            [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров"),
             ("00302019", "Выдача специального разрешения на проезд тяжеловесных и (или) крупногабаритных транспортных средств")],
            "consulting", None, "replace Темирханов А. by Жаксылыкова А.М. for both services from 2027-04-01")
    man(name, "responsible_change", "ru", "docx (order copy)",
        "new person and position in accusative; previous in a prepositional phrase without patronymic; an older order date 14.06.2026; 'Копия верна' signer Ким")


def v30():
    name = "v30-zko-tabigat.eml"
    body = """Здравствуйте!
С 01.02.2027 ответственный по 01504011 - Ли Виктор Эдуардович, вед. специалист отдела экологического регулирования, 8-701-555-32-10, v.li@zko-tabigat.gov.kz
Прежний (Нуржанов) уволился, письмо от управления будет позже.

--
Отправлено из мобильной Почты

 23.01.2027, 10:14 +05:00 от Единый контакт-центр <info@ekc.gov.kz>:
> Уважаемые коллеги!
> По государственной услуге 01504011 "Выдача разрешения на эмиссии в
> окружающую среду для объектов II, III и IV категорий" адрес электронной
> почты ответственного лица Нуржанова Б. не отвечает. Просим сообщить
> актуальные сведения об ответственном лице.
>
> С уважением,
> Единый контакт-центр
"""
    write_eml(name, frm=addr("Виктор Ли", "v.li@zko-tabigat.gov.kz", "koi8-r"),
              subject="Re: Ответственное лицо по услуге 01504011", subject_charset="koi8-r",
              date=when("2027-01-25 08:49"), msgid="1737776940.551302312@f412.i.mail.zko-tabigat.gov.kz",
              in_reply_to="ekc-2027-0123-15@ekc.gov.kz",
              body_part=leaf("text/plain", body.encode("koi8-r"), charset="koi8-r", cte="8bit"))
    put_key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                    "responsible": person("Ли Виктор Эдуардович",
                                          "вед. специалист отдела экологического регулирования",
                                          "8-701-555-32-10", "v.li@zko-tabigat.gov.kz"),
                    "previous_responsible": {"full_name": "Нуржанов"},
                    "effective_date": "2027-02-01",
                    "services": regs("01504011")}])
    put_ctx(name, {"name": "Управление природных ресурсов и регулирования природопользования Западно-Казахстанской области",
                   "email": "kanc@zko-tabigat.gov.kz", "bin": "990840011928"},
            [("01504011", "Выдача разрешения на эмиссии в окружающую среду для объектов II, III и IV категорий")],
            "information", letter("ЕКЦ-2027/421", "2027-01-23", "Об актуализации сведений об ответственном лице"),
            "replace Нуржанов Б. by Ли В.Э. for 01504011 from 2027-02-01")
    man(name, "responsible_change", "ru", "eml text/plain koi8-r 8bit, quoted request",
        "previous named by surname only; quoted request names him in genitive with an initial ('Нуржанова Б.')")


for _f in (v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30):
    _f()

# =============================================================================================
# Refusals (Rules p.11): the agency declines to give the information the contact centre asked
# for. Each reason phrase is written once and put into the letter as is.
# =============================================================================================

def refusal_key(part, reason, ground, services=None, language="ru"):
    d = {"part": part, "kind": "refusal"}
    if language:
        d["language"] = language
    if reason is not None:
        d["refusal_reason"] = reason
    d["refusal_ground"] = ground
    if services is not None:
        d["services"] = regs(*services)
    return d


def v31():
    name = "v31-shekara-batys.eml"
    reason = ("сведения о дислокации подразделений пограничной службы и режиме охраны пограничной зоны "
              "отнесены к государственным секретам Республики Казахстан")
    body = f"""Руководителю Единого контакт-центра

На Ваш запрос от 02.03.2027 № ЕКЦ-2027/810 по государственной услуге «Выдача пропусков на въезд в пограничную зону» (№ 01301002) сообщаем.

Запрошенные Вами перечень контрольно-пропускных пунктов в пограничную зону, режим их работы и количество выданных пропусков в разрезе районов представить не представляется возможным: {reason}.

Порядок оказания государственной услуги, перечень документов и сроки ее оказания изложены в стандарте государственной услуги и ранее направлены в Ваш адрес. Для консультирования услугополучателей указанной информации достаточно.

Начальник штаба
Регионального управления «Батыс»
Пограничной службы КНБ РК                    полковник А. Сулейменов
"""
    write_eml(name, frm=addr("РУ «Батыс» ПС КНБ РК", "kanc.batys@shekara.gov.kz"),
              subject="Ответ на исх. ЕКЦ-2027/810", date=when("2027-03-05 17:22"),
              msgid="ps-batys-2027-0305-3311@shekara.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="base64"))
    put_key(name, [refusal_key("body", reason, "state_secret", ["01301002"])])
    put_ctx(name, {"name": "Региональное управление «Батыс» Пограничной службы Комитета национальной безопасности Республики Казахстан",
                   "email": "kanc.batys@shekara.gov.kz", "bin": "980140002265"},
            [("01301002", "Выдача пропусков на въезд в пограничную зону")],
            "information", letter("ЕКЦ-2027/810", "2027-03-02", "О представлении дополнительной информации"),
            "record the refusal (state secret) for 01301002; no information to add")
    man(name, "refusal (state_secret)", "ru", "eml text/plain utf-8 base64",
        "'не представляется возможным' followed by the reason after a colon")


def v32():
    name = "v32-ddo-almobl.docx"
    reason = ("указанные сведения в соответствии с Перечнем сведений, подлежащих засекречиванию, составляют "
              "государственные секреты и представлению не подлежат")
    write_docx(name,
               head_kk="ҚАЗАҚСТАН РЕСПУБЛИКАСЫ\nҚОРҒАНЫС МИНИСТРЛІГІ\nАЛМАТЫ ОБЛЫСЫНЫҢ\nҚОРҒАНЫС ІСТЕРІ ЖӨНІНДЕГІ\nДЕПАРТАМЕНТІ",
               head_ru="МИНИСТЕРСТВО ОБОРОНЫ\nРЕСПУБЛИКИ КАЗАХСТАН\nДЕПАРТАМЕНТ ПО ДЕЛАМ\nОБОРОНЫ\nАЛМАТИНСКОЙ ОБЛАСТИ",
               outno="12.03.2027 № 14/1127",
               blocks=[("r", "Единый контакт-центр\nпо вопросам оказания\nгосударственных услуг"),
                       ("l", "На исх. № ЕКЦ-2027/866 от 09.03.2027"),
                       ("p", "Департамент по делам обороны Алматинской области рассмотрел запрос Единого "
                             "контакт-центра о представлении сведений о численности граждан, состоящих на воинском "
                             "учете, в разрезе районных (городских) отделов по делам обороны, для консультирования по "
                             "государственной услуге «Постановка на воинский учет военнообязанных и призывников» "
                             "(№ 01601004)."),
                       ("p", f"Сообщаем, что {reason}."),
                       ("p", "Сведения о порядке постановки на воинский учет, графике приема граждан и адресах "
                             "отделов по делам обороны размещены на интернет-ресурсе Министерства обороны и могут "
                             "быть использованы Единым контакт-центром без ограничений."),
                       ("l", ""),
                       ("sig", "Начальник департамента\nполковник", "Н. Ергалиев"),
                       ("l", ""),
                       ("small", "Исп.: майор Тұрсынов Е.\nтел. 8 (7282) 24-09-13")],
               created="2027-03-12T11:00:00")
    put_key(name, [refusal_key(name, reason, "state_secret", ["01601004"])])
    put_ctx(name, {"name": "Департамент по делам обороны Алматинской области", "email": "ddo@almobl-ddo.mod.gov.kz",
                   "bin": "010540008124"},
            [("01601004", "Постановка на воинский учет военнообязанных и призывников")],
            "information", letter("ЕКЦ-2027/866", "2027-03-09", "О представлении сведений по государственной услуге"),
            "record the refusal (state secret) for 01601004")
    man(name, "refusal (state_secret)", "ru", "docx, five-line bilingual letterhead",
        "reason follows 'Сообщаем, что'; the last paragraph says other information may be used 'без ограничений'")


def v33():
    name = "v33-dchs-shymkent.txt"
    reason = ("сведения о размещении защитных сооружений гражданской обороны имеют гриф секретности и относятся к "
              "сведениям, составляющим государственные секреты")
    text = f"""Департамент по чрезвычайным ситуациям города Шымкент
Министерства по чрезвычайным ситуациям Республики Казахстан

исх. № 28-11/604 от 18.02.2027

Единый контакт-центр

На Ваш запрос ЕКЦ-2027/640 от 12.02.2027 о представлении адресного перечня защитных сооружений гражданской обороны для консультирования граждан в рамках государственной услуги "Выдача заключения о соответствии объектов требованиям в области гражданской обороны" (01701009) сообщаем следующее.

В соответствии с Законом Республики Казахстан "О государственных секретах" {reason}. В этой связи Департамент не имеет возможности направить запрашиваемый перечень в открытом виде по электронной почте.

Информацию о ближайших местах укрытия граждане могут получить при личном обращении в Департамент.

Начальник департамента                              Б. Абдихалыков

Исп. Кулмаханов Е., 8 (7252) 56-71-04
"""
    write_txt(name, text, "cp1251", crlf=True)
    put_key(name, [refusal_key(name, reason, "state_secret", ["01701009"])])
    put_ctx(name, {"name": "Департамент по чрезвычайным ситуациям города Шымкент", "email": "dchs@shymkent-emer.gov.kz",
                   "bin": "180540024471"},
            [("01701009", "Выдача заключения о соответствии объектов требованиям в области гражданской обороны")],
            "information", letter("ЕКЦ-2027/640", "2027-02-12", "О представлении дополнительной информации"),
            "record the refusal (state secret) for 01701009")
    man(name, "refusal (state_secret)", "ru", "txt windows-1251 CRLF",
        "reason in the middle of a sentence after the law's name; refusal wording 'не имеет возможности'")


def v34():
    name = "v34-mod-kk.eml"
    reason = "сұратылып отырған мәліметтер мемлекеттік құпияларды құрайды"
    inner = f"""<p>Бірыңғай байланыс орталығына</p>
<p>Қазақстан Республикасы Қорғаныс министрлігінің Әскери-кадр департаменті Сіздің 2027 жылғы 15 сәуірдегі № ЕКЦ-2027/1205 сұрау салуыңызды қарап, «Әскери қызметті өткергені туралы анықтама беру» мемлекеттік көрсетілетін қызметі (№ 01601011) бойынша мынаны хабарлайды.</p>
<p>Сіз сұраған әскери бөлімдердің шартты атаулары мен орналасқан жерлері туралы ақпарат жолданбайды. Ол ақпаратты беру мүмкін емес, себебі {reason}. Бұл мәліметтер «Мемлекеттік құпиялар туралы» Қазақстан Республикасының Заңымен қорғалады.</p>
<p>Мемлекеттік көрсетілетін қызметтің стандартында көзделген өзге ақпарат бұрын жолданған.</p>
<p>Құрметпен,<br>Департамент директоры<br>полковник Ғ. Мұратбеков</p>"""
    html = html_wrap(inner, "utf-8", style="web")
    write_eml(name, frm=addr("Әскери-кадр департаменті", "kadr@mod.gov.kz"),
              subject="ЕКЦ-2027/1205 сұрау салуға жауап", date=when("2027-04-20 10:40"),
              msgid="mod-kadr-2027-04-20-1205@mod.gov.kz",
              body_part=leaf("text/html", html.encode("utf-8"), charset="utf-8", cte="quoted-printable"))
    put_key(name, [refusal_key("body", reason, "state_secret", ["01601011"], language="kk")])
    put_ctx(name, {"name": "Министерство обороны Республики Казахстан", "email": "kadr@mod.gov.kz", "bin": "990940001547"},
            [("01601011", "Выдача справки о прохождении воинской службы")],
            "information", letter("ЕКЦ-2027/1205", "2027-04-15", "О представлении дополнительной информации"),
            "record the refusal (state secret) for 01601011")
    man(name, "refusal (state_secret)", "kk", "eml HTML-only utf-8 quoted-printable",
        "Kazakh only ('беру мүмкін емес, себебі ...'); the law is named in the next sentence")


def v35():
    name = "v35-krem-kostanay.eml"
    reason = ("данные о себестоимости и структуре затрат представлены субъектом естественной монополии с отметкой "
              "\"Коммерческая тайна\" и являются коммерческой тайной")
    body = f"""Единый контакт-центр

Департамент Комитета по регулированию естественных монополий по Костанайской области, рассмотрев Ваш запрос от 22.02.2027 N ЕКЦ-2027/745 о представлении расчета тарифа ТОО "Костанай-Жылу" на услуги теплоснабжения для ответа услугополучателю в рамках государственной услуги "Согласование инвестиционной программы субъекта естественной монополии" (N 02101003), сообщает.

Расчет тарифа представить не можем, так как {reason} в соответствии со статьей 28 Предпринимательского кодекса Республики Казахстан.

Утвержденный тариф и тарифная смета размещены на интернет-ресурсе Департамента в разделе "Тарифы".

Руководитель Департамента
Б. Шайхин
"""
    write_eml(name, frm=addr("ДКРЕМ по Костанайской области", "kostanay@krem.gov.kz", "koi8-r"),
              subject="Об отказе в представлении расчета тарифа", subject_charset="koi8-r", subject_enc="q",
              date=when("2027-02-26 12:03"), msgid="20270226120301.GA8812@krem.gov.kz",
              body_part=leaf("text/plain", body.encode("koi8-r"), charset="koi8-r", cte="8bit"))
    put_key(name, [refusal_key("body", reason, "commercial_secret", ["02101003"])])
    put_ctx(name, {"name": "Департамент Комитета по регулированию естественных монополий Министерства национальной экономики Республики Казахстан по Костанайской области",
                   "email": "kostanay@krem.gov.kz", "bin": "041040012773"},
            [("02101003", "Согласование инвестиционной программы субъекта естественной монополии")],
            "information", letter("ЕКЦ-2027/745", "2027-02-22", "О представлении дополнительной информации"),
            "record the refusal (commercial secret) for 02101003")
    man(name, "refusal (commercial_secret)", "ru", "eml text/plain koi8-r 8bit, Q-encoded koi8-r subject",
        "the quoted mark \"Коммерческая тайна\" inside the reason (straight quotes: koi8-r has no guillemets)")


def v36():
    name = "v36-centrkaznedra.txt"
    reason = ("геологическая информация, полученная недропользователем за счет собственных средств, является его "
              "собственностью и составляет коммерческую тайну недропользователя")
    text = f"""МД "Центрказнедра" Комитета геологии
Министерства промышленности и строительства РК

Исх. № 03-2/418 от 04.03.2027 г.

Единый контакт-центр

По запросу № ЕКЦ-2027/792 от 26.02.2027 г.

Государственная услуга: "Выдача геологической информации" (№ 01801007).

Запрашиваемые сведения: отчеты о результатах геологоразведочных работ ТОО "Сарыарка Минералс" по участку "Жосалы" за 2024-2026 годы.

Причина отказа в представлении: {reason}; согласие недропользователя на ее раскрытие отсутствует.

Общий порядок получения геологической информации изложен в стандарте государственной услуги.

Руководитель                                            К. Жусупов
"""
    write_txt(name, text, "cp866", crlf=True)
    put_key(name, [refusal_key(name, reason, "commercial_secret", ["01801007"])])
    put_ctx(name, {"name": "Межрегиональный департамент «Центрказнедра» Комитета геологии Министерства промышленности и строительства Республики Казахстан",
                   "email": "centrkaznedra@geology.gov.kz", "bin": "020240018846"},
            [("01801007", "Выдача геологической информации")],
            "additional_answer", letter("ЕКЦ-2027/792", "2027-02-26", "О представлении дополнительной информации"),
            "record the refusal (commercial secret) for 01801007")
    man(name, "refusal (commercial_secret)", "ru", "txt cp866 CRLF",
        "labelled 'Причина отказа в представлении:' line; the reason continues after a semicolon")


def v37():
    name = "v37-karaganda-transport.pdf"
    reason = ("расчеты себестоимости перевозок и суммы затрат перевозчиков составляют коммерческую тайну "
              "перевозчиков и переданы управлению на условиях конфиденциальности")
    write_pdf(name, [
        ("c", "ГУ «Отдел пассажирского транспорта и автомобильных дорог города Караганды»"),
        ("s", "100008, г. Караганда, пр. Бухар-Жырау, 35, тел. 8 (7212) 41-33-10"),
        ("gap", ""),
        ("n", "№ 01-19/226 от 14 апреля 2027 года"),
        ("gap", ""),
        ("r", "Единый контакт-центр"),
        ("gap", ""),
        ("n", "Рассмотрев обращение Единого контакт-центра от 08.04.2027 № ЕКЦ-2027/1131 о представлении расчетов "
              "субсидий перевозчикам по социально значимым маршрутам для консультирования по государственной "
              "услуге «Выдача свидетельства на право выполнения регулярных автомобильных перевозок пассажиров и "
              "багажа» (№ 00302023), отдел сообщает следующее."),
        ("gap", ""),
        ("n", f"Указанная информация не может быть предоставлена, поскольку {reason}."),
        ("gap", ""),
        ("n", "Перечень социально значимых маршрутов и утвержденные тарифы на проезд опубликованы на "
              "интернет-ресурсе акимата города Караганды."),
        ("gap", ""), ("gap", ""),
        ("b", "Руководитель отдела                                                           Д. Ахметжанов"),
    ], title="01-19/226")
    put_key(name, [refusal_key(name, reason, "commercial_secret", ["00302023"])])
    put_ctx(name, {"name": "Отдел пассажирского транспорта и автомобильных дорог города Караганды",
                   "email": "transport@krg-transport.gov.kz", "bin": "060440021190"},
            [("00302023", "Выдача свидетельства на право выполнения регулярных автомобильных перевозок пассажиров и багажа")],
            "information", letter("ЕКЦ-2027/1131", "2027-04-08", "О представлении дополнительной информации"),
            "record the refusal (commercial secret) for 00302023")
    man(name, "refusal (commercial_secret)", "ru", "pdf (text layer)",
        "'не может быть предоставлена, поскольку ...'; 'конфиденциальности' inside the reason")


def v38():
    name = "v38-sko-astyk.docx"
    write_docx(name,
               head_kk="СОЛТҮСТІК ҚАЗАҚСТАН ОБЛЫСЫ\nӘКІМДІГІНІҢ АУЫЛ ШАРУАШЫЛЫҒЫ\nЖӘНЕ ЖЕР ҚАТЫНАСТАРЫ\nБАСҚАРМАСЫ",
               head_ru="УПРАВЛЕНИЕ СЕЛЬСКОГО\nХОЗЯЙСТВА И ЗЕМЕЛЬНЫХ\nОТНОШЕНИЙ АКИМАТА\nСЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ",
               outno="2027 жылғы 19 наурыз / 19 марта 2027 года   № 06-11/905",
               blocks=[("r", "Бірыңғай байланыс орталығы\nЕдиный контакт-центр"),
                       ("p", "Сіздің 2027 жылғы 15 наурыздағы № ЕКЦ-2027/958 сұрау салуыңызға «Астық қолхаттарын "
                             "шығара отырып, қойма қызметі бойынша қызметтер көрсетуге лицензия беру» мемлекеттік "
                             "көрсетілетін қызметі (№ 00804002) бойынша мынаны хабарлаймыз: астық қабылдау "
                             "кәсіпорындарында сақтаулы тұрған астық көлемі туралы мәліметтер олардың коммерциялық "
                             "құпиясы болып табылады, сондықтан оларды ұсыну мүмкін емес."),
                       ("p", "На Ваш запрос от 15 марта 2027 года № ЕКЦ-2027/958 по государственной услуге «Выдача "
                             "лицензии на оказание услуг по складской деятельности с выпуском зерновых расписок» "
                             "(№ 00804002) сообщаем: сведения об объемах зерна, находящегося на хранении у "
                             "хлебоприемных предприятий, являются их коммерческой тайной, в связи с чем представить "
                             "их не представляется возможным."),
                       ("p", "Перечень лицензиатов размещен на интернет-ресурсе управления. / Лицензиаттар тізбесі "
                             "басқарманың интернет-ресурсында орналастырылған."),
                       ("l", ""),
                       ("sig", "Басшы / Руководитель", "Қ. Ысқақов")],
               created="2027-03-19T10:00:00")
    put_key(name, [refusal_key(name, None, "commercial_secret", ["00804002"], language=None)])
    put_ctx(name, {"name": "Управление сельского хозяйства и земельных отношений акимата Северо-Казахстанской области",
                   "email": "agro@sko-agro.gov.kz", "bin": "990240017779"},
            [("00804002", "Выдача лицензии на оказание услуг по складской деятельности с выпуском зерновых расписок")],
            "information", letter("ЕКЦ-2027/958", "2027-03-15", "О представлении дополнительной информации"),
            "record the refusal (commercial secret) for 00804002")
    man(name, "refusal (commercial_secret)", "kk+ru", "docx, bilingual letterhead and text",
        "the whole refusal given twice, Kazakh then Russian; reason not keyed (either language would be right)")


def v39():
    name = "v39-almobl-zhumyspen.eml"
    reason = ("указанные сведения содержат персональные данные услугополучателей (ИИН, адреса проживания, состав "
              "семьи), доступ к которым ограничен Законом Республики Казахстан «О персональных данных и их защите»")
    inner = mso(
        "Уважаемые коллеги!", "",
        "Управление координации занятости и социальных программ Алматинской области на Ваш запрос от 01.04.2027 "
        "№&nbsp;ЕКЦ-2027/1066 о представлении списка получателей государственной адресной социальной помощи по "
        "Карасайскому району с указанием ИИН (государственная услуга «Назначение государственной адресной "
        "социальной помощи», №&nbsp;00601002) сообщает.", "",
        f"К сожалению, вынуждены отказать в представлении списка, так как {reason}.", "",
        "Для проверки обращения конкретного заявителя просим направить в управление его письменное согласие на "
        "сбор и обработку персональных данных либо рекомендовать заявителю обратиться в управление лично.", "",
        "С уважением,",
        "<b>Нуркенова Асем</b>",
        "главный специалист отдела социальной помощи",
        "Управление координации занятости и социальных программ Алматинской области",
        "тел. 8 (7282) 40-61-17")
    html = html_wrap(inner, "utf-8")
    write_eml(name, frm=addr("Нуркенова Асем", "a.nurkenova@almobl-zhumyspen.gov.kz"),
              subject="RE: ЕКЦ-2027/1066 список получателей АСП", date=when("2027-04-05 15:16"),
              msgid="DB8PR07MB6458A1C0F2E@almobl-zhumyspen.gov.kz", in_reply_to="ekc-2027-1066@ekc.gov.kz",
              body_part=leaf("text/html", html.encode("utf-8"), charset="utf-8", cte="base64"),
              extra=["X-Mailer: Microsoft Outlook 16.0"])
    put_key(name, [refusal_key("body", reason, "protected_secret", ["00601002"])])
    put_ctx(name, {"name": "Управление координации занятости и социальных программ Алматинской области",
                   "email": "kanc@almobl-zhumyspen.gov.kz", "bin": "990440012855"},
            [("00601002", "Назначение государственной адресной социальной помощи")],
            "information", letter("ЕКЦ-2027/1066", "2027-04-01", "О представлении дополнительной информации"),
            "record the refusal (personal data) for 00601002")
    man(name, "refusal (protected_secret: personal data)", "ru", "eml HTML-only (Outlook) utf-8 base64",
        "'вынуждены отказать ... так как'; a person is named in the signature but nobody is appointed")


def v40():
    name = "v40-astana-zags.txt"
    reason = ("сведения, содержащиеся в записях актов гражданского состояния, являются персональными данными и "
              "предоставляются только лицу, в отношении которого составлена запись, либо по запросу уполномоченных органов")
    text = f"""Департамент юстиции города Астаны

Исх. № 5-17/2290 от 27.04.2027

Единый контакт-центр

На № ЕКЦ-2027/1288 от 23.04.2027

Департамент юстиции города Астаны рассмотрел Ваш запрос о представлении копии актовой записи о рождении гр. Смагулова Д.К. для разъяснения ему порядка внесения изменений в запись (государственная услуга № 01102011).

Сообщаем, что {reason}. Единый контакт-центр к таким органам не относится, поэтому копия актовой записи Вам не направляется.

Заявителю рекомендовано обратиться в отдел регистрации актов гражданского состояния лично или через портал «электронного правительства».

Руководитель департамента                                      А. Есімов
"""
    write_txt(name, text, "utf-8")
    put_key(name, [refusal_key(name, reason, "protected_secret", ["01102011"])])
    put_ctx(name, {"name": "Департамент юстиции города Астаны", "email": "kanc@astana-adilet.gov.kz", "bin": "990240009931"},
            [("01102011", "Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния")],
            "information", letter("ЕКЦ-2027/1288", "2027-04-23", "О представлении дополнительной информации"),
            "record the refusal (personal data) for 01102011")
    man(name, "refusal (protected_secret: personal data)", "ru", "txt utf-8",
        "a citizen's name in genitive is not a responsible person; refusal worded 'копия ... Вам не направляется'")


def v41():
    name = "v41-dgd-karaganda.eml"
    reason = ("сведения о наличии или отсутствии налоговой задолженности конкретного налогоплательщика составляют "
              "налоговую тайну (статья 27 Налогового кодекса Республики Казахстан)")
    plain = f"""Добрый день!

На Ваш запрос от 10.02.2027 № ЕКЦ-2027/598 сообщаем, что информация о задолженности ИП «Ержан-Строй» (ИИН 8503******12) не может быть предоставлена Единому контакт-центру: {reason}.

Услугополучатель может самостоятельно получить сведения в рамках государственной услуги «Выдача сведений об отсутствии (наличии) задолженности, учет по которой ведется в органах государственных доходов» (01201015) через портал egov.kz или кабинет налогоплательщика.

С уважением,
Отдел по работе с налогоплательщиками
ДГД по Карагандинской области

> -----Original Message-----
> From: info@ekc.gov.kz
> Sent: Wednesday, February 10, 2027 11:02 AM
> Subject: Запрос ЕКЦ-2027/598
> Просим представить сведения о наличии задолженности ИП «Ержан-Строй» для ответа на обращение услугополучателя.
"""
    html_inner = mso(
        "Добрый день!", "",
        "На Ваш запрос от 10.02.2027 № ЕКЦ-2027/598 сообщаем, что информация о задолженности ИП «Ержан-Строй» "
        f"(ИИН 8503******12) не может быть предоставлена Единому контакт-центру: {reason}.", "",
        "Услугополучатель может самостоятельно получить сведения в рамках государственной услуги «Выдача сведений "
        "об отсутствии (наличии) задолженности, учет по которой ведется в органах государственных доходов» "
        "(01201015) через портал egov.kz или кабинет налогоплательщика.", "",
        "С уважением,", "Отдел по работе с налогоплательщиками", "ДГД по Карагандинской области", "",
        "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><b>From:</b> "
        "info@ekc.gov.kz<br><b>Sent:</b> Wednesday, February 10, 2027 11:02 AM<br><b>Subject:</b> Запрос "
        "ЕКЦ-2027/598</div>",
        "Просим представить сведения о наличии задолженности ИП «Ержан-Строй» для ответа на обращение услугополучателя.")
    body = multipart("alternative", [
        leaf("text/plain", plain.encode("cp1251"), charset="windows-1251", cte="base64"),
        leaf("text/html", html_wrap(html_inner, "windows-1251").encode("cp1251"), charset="windows-1251", cte="base64")],
        "_000_VI1PR0402MB3389DGDKRG_")
    write_eml(name, frm=addr("ДГД по Карагандинской области", "krg@kgd.gov.kz", "windows-1251"),
              subject="RE: Запрос ЕКЦ-2027/598", subject_charset="windows-1251",
              date=when("2027-02-12 09:31"), msgid="VI1PR0402MB3389.2027021209@kgd.gov.kz",
              in_reply_to="ekc-2027-598@ekc.gov.kz", body_part=body, extra=["X-Mailer: Microsoft Outlook 16.0"])
    put_key(name, [refusal_key("body", reason, "protected_secret", ["01201015"])])
    put_ctx(name, {"name": "Департамент государственных доходов по Карагандинской области", "email": "krg@kgd.gov.kz",
                   "bin": "081240013390"},
            [("01201015", "Выдача сведений об отсутствии (наличии) задолженности, учет по которой ведется в органах государственных доходов")],
            "information", letter("ЕКЦ-2027/598", "2027-02-10", "Запрос ЕКЦ-2027/598"),
            "record the refusal (tax secret) for 01201015")
    man(name, "refusal (protected_secret: tax)", "ru", "eml multipart/alternative windows-1251 base64, quoted request",
        "reason after a colon, with the article in brackets")


def v42():
    name = "v42-ugd-almaly.txt"
    reason = ("сведения о суммах налогов, исчисленных и уплаченных конкретными налогоплательщиками, относятся к "
              "налоговой тайне")
    text = f"""УГД по Алмалинскому району ДГД по городу Алматы

N 14-3/1877 от 06.05.2027

Единому контакт-центру

Ответ на запрос N ЕКЦ-2027/1349 от 30.04.2027

Государственная услуга: 01201007 "Прием налоговой отчетности"
Что запрошено: суммы индивидуального подоходного налога, исчисленные по декларациям трех заявителей за 2026 год.
Решение: в представлении отказано.
Причина: {reason}. Перечень случаев ее раскрытия установлен статьей 27 Налогового кодекса и Единый контакт-центр в нем не указан.

Руководитель управления                         Т. Рыскулов
"""
    write_txt(name, text, "koi8-r")
    put_key(name, [refusal_key(name, reason, "protected_secret", ["01201007"])])
    put_ctx(name, {"name": "Управление государственных доходов по Алмалинскому району Департамента государственных доходов по городу Алматы",
                   "email": "almaly@kgd.gov.kz", "bin": "050340024418"},
            [("01201007", "Прием налоговой отчетности")],
            "additional_answer", letter("ЕКЦ-2027/1349", "2027-04-30", "О представлении дополнительной информации"),
            "record the refusal (tax secret) for 01201007")
    man(name, "refusal (protected_secret: tax)", "ru", "txt koi8-r",
        "short form with 'Решение: в представлении отказано.' and 'Причина:' labels")


def v43():
    name = "v43-otbasy.eml"
    reason = ("сведения о вкладах и остатках на счетах клиентов составляют банковскую тайну и могут быть "
              "предоставлены третьим лицам только в случаях, предусмотренных статьей 50 Закона Республики Казахстан "
              "«О банках и банковской деятельности в Республике Казахстан»")
    body = f"""Уважаемые коллеги,

благодарим за обращение. По запросу ЕКЦ-2027/901 от 10.03.2027 (государственная услуга «Выдача справки о сумме накоплений в системе жилищных строительных сбережений», № 00408004) сообщаем, что не имеем возможности направить информацию о сумме накоплений на депозите клиента Ахметова А.С. Причина в том, что {reason}.

Клиент вправе получить выписку в личном кабинете на сайте банка или в любом отделении.

С уважением,
Департамент по работе с обращениями
АО «Отбасы банк»
+7 (727) 259-99-00

Данное сообщение может содержать информацию, составляющую банковскую тайну. Если Вы не являетесь его адресатом, удалите его.
"""
    write_eml(name, frm=addr("АО «Отбасы банк»", "obrasheniya@otbasy-bank.kz"),
              subject="Ответ на запрос ЕКЦ-2027/901", date=when("2027-03-12 18:05"),
              msgid="01000196e1b2c3d4-OTB-2027-901@otbasy-bank.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="quoted-printable"))
    put_key(name, [refusal_key("body", reason, "protected_secret", ["00408004"])])
    put_ctx(name, {"name": "АО «Отбасы банк»", "email": "obrasheniya@otbasy-bank.kz", "bin": "030740002151"},
            [("00408004", "Выдача справки о сумме накоплений в системе жилищных строительных сбережений")],
            "information", letter("ЕКЦ-2027/901", "2027-03-10", "О представлении дополнительной информации"),
            "record the refusal (banking secret) for 00408004")
    man(name, "refusal (protected_secret: banking)", "ru", "eml text/plain utf-8 quoted-printable",
        "long reason with a law's name; the disclaimer also mentions банковскую тайну; a client's name in genitive")


def v44():
    name = "v44-mangystau-dsm.eml"
    reason = ("сведения о факте обращения гражданина за медицинской помощью, о его диагнозе и состоянии здоровья "
              "составляют врачебную тайну")
    body = f"""Добрый день.

Управление здравоохранения Мангистауской области в ответ на запрос Единого контакт-центра сообщает, что информация о том, состоит ли гражданин Кенжебаев М. на динамическом наблюдении в областном центре психического здоровья, Единому контакт-центру не предоставляется: {reason}, разглашение которой допускается только в случаях, предусмотренных статьей 273 Кодекса «О здоровье народа и системе здравоохранения».

Разъяснения по государственной услуге «Выдача справки с психоневрологического диспансера» (01001025) в части порядка и сроков ее получения даны в стандарте и могут доводиться до услугополучателей без ограничений.

Главный специалист отдела лечебно-профилактической работы
Утепова Динара, 8 (7292) 30-41-66

-------- Пересылаемое сообщение --------
От: Единый контакт-центр <info@ekc.gov.kz>
Дата: 17.05.2027 14:08
Тема: ЕКЦ-2027/1420 уточнение по обращению
Просим сообщить, состоит ли гр. Кенжебаев М. на учете, так как ему отказано в выдаче справки.
"""
    write_eml(name, frm=addr("Утепова Динара", "d.utepova@mangystau-dsm.gov.kz"),
              subject="Fwd: ЕКЦ-2027/1420 уточнение по обращению", date=when("2027-05-19 10:26"),
              msgid="d6c1f2a4-91aa-4b7e-8c5d-2f0e3a9b7c61@mangystau-dsm.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="8bit"),
              extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.9.0"])
    put_key(name, [refusal_key("body", reason, "protected_secret", ["01001025"])])
    put_ctx(name, {"name": "Управление здравоохранения Мангистауской области", "email": "kanc@mangystau-dsm.gov.kz",
                   "bin": "990140010022"},
            [("01001025", "Выдача справки с психоневрологического диспансера")],
            "additional_answer", letter("ЕКЦ-2027/1420", "2027-05-17", "Уточнение по обращению"),
            "record the refusal (medical secret) for 01001025")
    man(name, "refusal (protected_secret: medical)", "ru", "eml text/plain utf-8 8bit, forwarded original below",
        "'не предоставляется: ...'; the next paragraph says 'без ограничений'; forwarded CC request")


def v45():
    name = "v45-zhambyl-dsm-kk.txt"
    reason = "науқастың диагнозы мен емделу мерзімдері туралы мәліметтер дәрігерлік құпияны құрайды"
    text = f"""Жамбыл облысы әкімдігінің денсаулық сақтау басқармасы

2027 жылғы 2 маусым № 08-14/1763

Бірыңғай байланыс орталығына

Сіздің 2027 жылғы 28 мамырдағы № ЕКЦ-2027/1502 хатыңызға жауап ретінде «Туберкулезге қарсы диспансерден анықтама беру» мемлекеттік көрсетілетін қызметі (№ 01001027) бойынша мынаны хабарлаймыз.

Азамат С.Т. Омаровтың диспансерлік есепте тұру себептері туралы ақпарат берілмейді, өйткені {reason}. Мұндай мәліметтер «Халық денсаулығы және денсаулық сақтау жүйесі туралы» Кодекске сәйкес қорғалады.

Анықтама алу тәртібі туралы ақпарат мемлекеттік көрсетілетін қызмет стандартында берілген.

Басқарма басшысы                                 Ж. Қалиев
"""
    write_txt(name, text, "utf-8")
    put_key(name, [refusal_key(name, reason, "protected_secret", ["01001027"], language="kk")])
    put_ctx(name, {"name": "Управление здравоохранения акимата Жамбылской области", "email": "kanc@zhambyl-dsm.gov.kz",
                   "bin": "990340018875"},
            [("01001027", "Выдача справки с противотуберкулезного диспансера")],
            "information", letter("ЕКЦ-2027/1502", "2027-05-28", "О представлении дополнительной информации"),
            "record the refusal (medical secret) for 01001027")
    man(name, "refusal (protected_secret: medical)", "kk", "txt utf-8",
        "Kazakh only ('ақпарат берілмейді, өйткені ...')")


def v46():
    name = "v46-kpssu-turkestan.pdf"
    reason = ("сведения о наличии либо отсутствии судимости в отношении конкретного лица относятся к персональным "
              "данным ограниченного доступа")
    write_pdf(name, [
        ("c", "КОМИТЕТ ПО ПРАВОВОЙ СТАТИСТИКЕ И СПЕЦИАЛЬНЫМ УЧЕТАМ"),
        ("c", "ГЕНЕРАЛЬНОЙ ПРОКУРАТУРЫ РЕСПУБЛИКИ КАЗАХСТАН"),
        ("c", "Управление по Туркестанской области"),
        ("gap", ""),
        ("n", "24.03.2027 № 2-09-27/1104"),
        ("gap", ""),
        ("r", "Единый контакт-центр"),
        ("gap", ""),
        ("n", "Управление Комитета по правовой статистике и специальным учетам Генеральной прокуратуры Республики "
              "Казахстан по Туркестанской области, рассмотрев запрос Единого контакт-центра от 19.03.2027 "
              "№ ЕКЦ-2027/1003 в части государственной услуги «Выдача справки о наличии либо отсутствии "
              "судимости» (№ 01901001), сообщает."),
        ("gap", ""),
        ("n", f"Представить информацию о судимости гражданина, обратившегося в Единый контакт-центр, не можем, так как "
              f"{reason}. Справка выдается только самому лицу либо его представителю по нотариально "
              f"удостоверенной доверенности."),
        ("gap", ""),
        ("n", "Разъясняем, что услугополучатель вправе получить справку в электронном виде через портал "
              "«электронного правительства»."),
        ("gap", ""), ("gap", ""),
        ("b", "Начальник управления                                                         Е. Нұрланов"),
    ], title="2-09-27/1104")
    put_key(name, [refusal_key(name, reason, "protected_secret", ["01901001"])])
    put_ctx(name, {"name": "Управление Комитета по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан по Туркестанской области",
                   "email": "turkestan@kpssu.gov.kz", "bin": "180640022510"},
            [("01901001", "Выдача справки о наличии либо отсутствии судимости")],
            "information", letter("ЕКЦ-2027/1003", "2027-03-19", "О представлении дополнительной информации"),
            "record the refusal (personal data) for 01901001")
    man(name, "refusal (protected_secret: personal data)", "ru", "pdf (text layer)",
        "'не можем, так как ...'; the reason runs on into the next sentence")


def v47():
    name = "v47-zhambyl-bilim.eml"
    reason = ("оказание данной государственной услуги не входит в компетенцию управления образования и отнесено к "
              "Министерству науки и высшего образования Республики Казахстан")
    plain = f"""Уважаемые коллеги!

На запрос ЕКЦ-2027/1044 от 29.03.2027 о представлении информации по форме приложения 1 по государственной услуге «Признание документов об образовании, выданных зарубежными организациями образования» (№ 00703015) сообщаем, что {reason}.

В связи с изложенным представить запрашиваемую информацию и назначить ответственное лицо управление не может. Просим направить запрос в Министерство науки и высшего образования.

С уважением,
Управление образования акимата Жамбылской области
"""
    html_inner = mso(
        "Уважаемые коллеги!", "",
        "На запрос ЕКЦ-2027/1044 от 29.03.2027 о представлении информации по форме приложения 1 по государственной "
        "услуге «Признание документов об образовании, выданных зарубежными организациями образования» (№ 00703015) "
        f"сообщаем, что {reason}.", "",
        "В связи с изложенным представить запрашиваемую информацию и назначить ответственное лицо управление не "
        "может. Просим направить запрос в Министерство науки и высшего образования.", "",
        "С уважением,", "Управление образования акимата Жамбылской области")
    body = multipart("alternative", [
        leaf("text/plain", plain.encode("cp1251"), charset="windows-1251", cte="quoted-printable"),
        leaf("text/html", html_wrap(html_inner, "windows-1251").encode("cp1251"), charset="windows-1251",
             cte="quoted-printable")], "----=_NextPart_000_0017_01DB8A1C.5E2F4B30")
    write_eml(name, frm=addr("Управление образования", "bilim@zhambyl-bilim.gov.kz", "windows-1251"),
              subject="О направлении запроса по компетенции", subject_charset="windows-1251",
              date=when("2027-03-31 11:48"), msgid="001701db8a1c$5e2f4b30$1a8de190$@zhambyl-bilim.gov.kz",
              body_part=body, extra=["X-Mailer: Microsoft Outlook 15.0"])
    put_key(name, [refusal_key("body", reason, "not_competent", ["00703015"])])
    put_ctx(name, {"name": "Управление образования акимата Жамбылской области", "email": "bilim@zhambyl-bilim.gov.kz",
                   "bin": "990240011286"},
            [("00703015", "Признание документов об образовании, выданных зарубежными организациями образования")],
            "information", letter("ЕКЦ-2027/1044", "2027-03-29", "О представлении информации по форме приложения 1"),
            "record the refusal (not competent) and redirect the request to the ministry")
    man(name, "refusal (not_competent)", "ru", "eml multipart/alternative windows-1251 qp",
        "answers an Appendix 1 request; refuses to appoint anyone too")


def v48():
    name = "v48-baizak-akimat.txt"
    reason = ("выдача идентификационных документов на земельные участки не относится к компетенции аппарата акима "
              "района и осуществляется НАО «Государственная корпорация «Правительство для граждан»")
    text = f"""Аппарат акима Байзакского района Жамбылской области

06.04.2027 № 02-27/388

Единый контакт-центр

Аппарат акима Байзакского района рассмотрел письмо Единого контакт-центра № ЕКЦ-2027/1092 от 02.04.2027 о представлении дополнительной информации по государственной услуге «Выдача идентификационного документа на земельный участок» (00501040). Разъясняем, что {reason} (филиал по Жамбылской области).

По этой причине дополнительные сведения по услуге аппаратом не представляются. Вопросы, связанные с изготовлением идентификационных документов, просим адресовать в филиал Государственной корпорации.

Руководитель аппарата акима района                         С. Әбдіқадыров
"""
    write_txt(name, text, "utf-8-sig", crlf=True)
    put_key(name, [refusal_key(name, reason, "not_competent", ["00501040"])])
    put_ctx(name, {"name": "Аппарат акима Байзакского района Жамбылской области", "email": "akimat@baizak.gov.kz",
                   "bin": "990340021147"},
            [("00501040", "Выдача идентификационного документа на земельный участок")],
            "information", letter("ЕКЦ-2027/1092", "2027-04-02", "О представлении дополнительной информации"),
            "record the refusal (not competent); the service belongs to the State Corporation")
    man(name, "refusal (not_competent)", "ru", "txt UTF-8 with BOM, CRLF",
        "worded as an explanation ('разъясняет, что ...'); nested quotes in the provider's name")


def v49():
    name = "v49-mangystau-enbek-kk.eml"
    reason = ("аталған мемлекеттік көрсетілетін қызмет басқарманың құзыретіне жатпайды, оны ішкі істер "
              "органдарының көші-қон қызметі көрсетеді")
    body = f"""Сәлеметсіз бе!

Бірыңғай байланыс орталығының 2027 жылғы 12 сәуірдегі № ЕКЦ-2027/1160 сұрау салуына «Еңбекші көшіп келушіге рұқсат беру» (№ 01205019) мемлекеттік көрсетілетін қызметі бойынша Маңғыстау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы хабарлайды: {reason}.

Сондықтан сұратылған ақпаратты бере алмаймыз. Сұрау салуды Маңғыстау облысы Полиция департаментінің Көші-қон қызметі басқармасына жолдауды сұраймыз.

Құрметпен,
басқарманың кеңсесі
"""
    write_eml(name, frm=addr("Жұмыспен қамтуды үйлестіру басқармасы", "kense@mangystau-enbek.gov.kz"),
              subject="Құзырет бойынша / ЕКЦ-2027/1160", date=when("2027-04-14 16:55"),
              msgid="mng-enbek-1160-20270414@mangystau-enbek.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="base64"))
    put_key(name, [refusal_key("body", reason, "not_competent", ["01205019"], language="kk")])
    put_ctx(name, {"name": "Управление координации занятости и социальных программ Мангистауской области",
                   "email": "kense@mangystau-enbek.gov.kz", "bin": "990640014423"},
            [("01205019", "Выдача разрешения трудовому иммигранту")],
            "information", letter("ЕКЦ-2027/1160", "2027-04-12", "О представлении дополнительной информации"),
            "record the refusal (not competent); redirect to the migration service")
    man(name, "refusal (not_competent)", "kk", "eml text/plain utf-8 base64",
        "Kazakh only; refusal 'бере алмаймыз' in the sentence after the reason")


def v50():
    name = "v50-minjust-propiska.docx"
    reason = ("вопросы регистрации граждан по месту жительства отнесены к компетенции Министерства внутренних дел "
              "Республики Казахстан")
    write_docx(name,
               head_kk="ҚАЗАҚСТАН РЕСПУБЛИКАСЫ\nӘДІЛЕТ МИНИСТРЛІГІ",
               head_ru="МИНИСТЕРСТВО ЮСТИЦИИ\nРЕСПУБЛИКИ КАЗАХСТАН",
               head_addr="010000, Астана қ., Мәңгілік Ел д-лы, 8, «Министрліктер үйі», 13-кіреберіс",
               outno="№ 6-3/4417-И от 08.06.2027",
               blocks=[("r", "РГУ «Единый контакт-центр»"),
                       ("l", "На № ЕКЦ-2027/1611 от 03.06.2027"),
                       ("p", "Министерство юстиции Республики Казахстан рассмотрело запрос о назначении "
                             "ответственного лица и представлении информации по государственной услуге "
                             "«Регистрация по месту жительства населения Республики Казахстан» (№ 01205011). "
                             f"Сообщаем, что {reason}, в связи с чем Министерство не является услугодателем по "
                             "данной услуге."),
                       ("p", "Запрос направлен по принадлежности в Министерство внутренних дел Республики Казахстан "
                             "(исх. № 6-3/4418-И от 08.06.2027), о чем уведомляем."),
                       ("l", ""),
                       ("sig", "Директор Департамента\nрегистрационной службы", "А. Жақсыбеков"),
                       ("l", ""),
                       ("small", "Исп.: Рахимова Л., 74-07-39")],
               created="2027-06-08T12:10:00")
    put_key(name, [refusal_key(name, reason, "not_competent", ["01205011"])])
    put_ctx(name, {"name": "Министерство юстиции Республики Казахстан", "email": "kense@adilet.gov.kz", "bin": "971040001050"},
            [("01205011", "Регистрация по месту жительства населения Республики Казахстан")],
            "information", letter("ЕКЦ-2027/1611", "2027-06-03", "О представлении информации по государственной услуге"),
            "record that the ministry is not the provider; the request was forwarded to the МВД")
    man(name, "refusal (not_competent)", "ru", "docx, bilingual letterhead",
        "answers a request to appoint and inform; forwarded by competence")


def v51():
    name = "v51-sko-madeniet.eml"
    reason = ("выдача свидетельств на право временного вывоза культурных ценностей осуществляется Министерством "
              "культуры и информации Республики Казахстан и в компетенцию управления не входит")
    body = f"""Добрый день!

По Вашему письму N ЕКЦ-2027/1233 от 20.04.2027 (госуслуга "Выдача свидетельства на право временного вывоза культурных ценностей", N 00706002) сообщаем: {reason}.

Ответственное лицо управлением не назначается, информация по форме приложения 1 не представляется.

Управление культуры, архивов и документации
Северо-Казахстанской области
тел. 8 (7152) 46-12-90
"""
    # labelled windows-1251 by a misconfigured gateway; the bytes are koi8-r
    write_eml(name, frm="Upravlenie kultury SKO <madeniet@sko-madeniet.gov.kz>",
              subject="ЕКЦ-2027/1233", subject_charset="koi8-r",
              date=when("2027-04-22 09:12"), msgid="20270422091207.7F21A@sko-madeniet.gov.kz",
              body_part=leaf("text/plain", body.encode("koi8-r"), charset="windows-1251", cte="8bit"))
    put_key(name, [refusal_key("body", reason, "not_competent", ["00706002"])])
    put_ctx(name, {"name": "Управление культуры, архивов и документации Северо-Казахстанской области",
                   "email": "madeniet@sko-madeniet.gov.kz", "bin": "990740020063"},
            [("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей")],
            "information", letter("ЕКЦ-2027/1233", "2027-04-20", "О представлении информации по форме приложения 1"),
            "record the refusal (not competent); the service belongs to the ministry")
    man(name, "refusal (not_competent)", "ru", "eml text/plain, charset label windows-1251 but bytes koi8-r",
        "wrong charset label (both decodings are valid bytes); refuses to appoint anyone")


def v52():
    name = "v52-dp-pavlodar.eml"
    reason = ("запрашиваемые сведения о количестве отказов в разрезе сотрудников не относятся к информации, "
              "представляемой в Единый контакт-центр в соответствии с Правилами взаимодействия, иных правовых "
              "оснований для их представления не имеется")
    body = f"""Единый контакт-центр

Департамент полиции Павлодарской области по запросу ЕКЦ-2027/1377 от 05.05.2027 по государственной услуге «Выдача водительского удостоверения» (01204002) сообщает, что {reason}.

В этой связи в представлении указанных сведений отказываем.

Сведения о порядке оказания услуги, перечне документов и адресах специализированных центров ранее направлены и остаются актуальными.

Начальник управления административной полиции
подполковник полиции Р. Ғабдуллин
"""
    write_eml(name, frm=addr("ДП Павлодарской области", "kanc@pvl.police.gov.kz"),
              subject="Об отказе в представлении сведений (ЕКЦ-2027/1377)", date=when("2027-05-11 14:37"),
              msgid="pvl-police-1377-7781@pvl.police.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="quoted-printable"))
    put_key(name, [refusal_key("body", reason, "other", ["01204002"])])
    put_ctx(name, {"name": "Департамент полиции Павлодарской области", "email": "kanc@pvl.police.gov.kz", "bin": "980340013376"},
            [("01204002", "Выдача водительского удостоверения")],
            "additional_answer", letter("ЕКЦ-2027/1377", "2027-05-05", "О представлении дополнительной информации"),
            "record the refusal (no legal basis) for 01204002")
    man(name, "refusal (other: no legal basis)", "ru", "eml text/plain utf-8 qp",
        "'отказываем' in the next sentence; reason is a long clause with two parts")


def v53():
    name = "v53-uralsk-zhkh.txt"
    reason = ("учет сроков фактического ожидания жилья в разрезе категорий очередников в отделе не ведется, "
              "такие сведения отсутствуют")
    text = f"""ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Уральск»

№ 12-08/1544
19.05.2027

Единый контакт-центр

На № ЕКЦ-2027/1436 от 14.05.2027

Ваш запрос о представлении сведений о среднем сроке ожидания жилья из коммунального жилищного фонда по категориям очередников (государственная услуга «Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде», № 00402008) рассмотрен.

Сообщаем, что {reason}. В связи с этим представить их не имеем возможности.

Номер очереди услугополучатель может узнать на портале «электронного правительства» или в отделе.

Руководитель отдела                               Н. Мухамбетов
"""
    write_txt(name, text, "cp1251")
    put_key(name, [refusal_key(name, reason, "other", ["00402008"])])
    put_ctx(name, {"name": "Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Уральск",
                   "email": "zhkh@uralsk-zhkh.gov.kz", "bin": "050840010017"},
            [("00402008", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде")],
            "information", letter("ЕКЦ-2027/1436", "2027-05-14", "О представлении дополнительной информации"),
            "record the refusal (information not available) for 00402008")
    man(name, "refusal (other: not available)", "ru", "txt windows-1251 LF",
        "'не имеем возможности' in the sentence after the reason")


def v54():
    name = "v54-mcriap-bilingual.eml"
    reason = ("проект регламента находится на согласовании с заинтересованными государственными органами и до его "
              "утверждения и официального опубликования не может быть направлен")
    kk_intro = ("Құрметті әріптестер! Сіздің 2027 жылғы 7 маусымдағы № ЕКЦ-2027/1640 хатыңызды қарап, "
                "орыс тілінде жауап береміз.")
    ru = (f"Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан на Ваш "
          f"запрос о представлении текста нового регламента государственной услуги «Выдача разрешения на "
          f"использование радиочастотного спектра» (№ 01501006) сообщает, что {reason}. Информацию по утвержденному "
          f"регламенту ответственное лицо представит в течение пяти рабочих дней после его регистрации.")
    plain = f"{kk_intro}\n\n{ru}\n\nҚұрметпен / С уважением,\nДепартамент государственных услуг МЦРИАП РК\n"
    html = html_wrap(f"<p>{kk_intro}</p><p>{ru}</p><p>Құрметпен / С уважением,<br>"
                     "Департамент государственных услуг МЦРИАП РК</p>", "utf-8", style="web")
    body = multipart("alternative", [leaf("text/plain", plain.encode("utf-8"), charset="utf-8", cte="quoted-printable"),
                                     leaf("text/html", html.encode("utf-8"), charset="utf-8", cte="quoted-printable")],
                     "=-Z8xK3pQw9LmN2vB7tY1=-")
    write_eml(name, frm=addr("ДГУ МЦРИАП", "dgu@mdai.gov.kz"), subject="ЕКЦ-2027/1640 хатқа жауап / ответ",
              date=when("2027-06-10 12:00"), msgid="mdai-dgu-1640@mdai.gov.kz", body_part=body)
    put_key(name, [refusal_key("body", reason, "other", ["01501006"], language=None)])
    put_ctx(name, {"name": "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
                   "email": "dgu@mdai.gov.kz", "bin": "190340001214"},
            [("01501006", "Выдача разрешения на использование радиочастотного спектра")],
            "information", letter("ЕКЦ-2027/1640", "2027-06-07", "О представлении текста регламента"),
            "record the refusal (draft not yet approved); expect a change notice after registration")
    man(name, "refusal (other: not yet approved)", "kk+ru", "eml multipart/alternative utf-8 qp",
        "Kazakh greeting then the Russian answer; 'не может быть направлен'; promises later information")


def v55():
    name = "v55-kir-mps.docx"
    reason = ("Правилами взаимодействия представление Единому контакт-центру копий жалоб услугополучателей и "
              "принятых по ним решений не предусмотрено")
    write_docx(name,
               head_kk="ҚАЗАҚСТАН РЕСПУБЛИКАСЫ\nӨНЕРКӘСІП ЖӘНЕ ҚҰРЫЛЫС\nМИНИСТРЛІГІНІҢ ИНДУСТРИЯЛЫҚ\nДАМУ КОМИТЕТІ",
               head_ru="КОМИТЕТ ИНДУСТРИАЛЬНОГО\nРАЗВИТИЯ МИНИСТЕРСТВА\nПРОМЫШЛЕННОСТИ И СТРОИТЕЛЬСТВА\nРЕСПУБЛИКИ КАЗАХСТАН",
               outno="Исх. № 22-1/2981 от 15.06.2027",
               blocks=[("r", "Единый контакт-центр"),
                       ("l", "На № ЕКЦ-2027/1675 от 10.06.2027"),
                       ("p", "Комитет индустриального развития, рассмотрев повторный запрос Единого контакт-центра о "
                             "представлении копий жалоб услугополучателей по государственной услуге «Выдача "
                             "лицензии на производство и оборот прекурсоров» (№ 00306014) за I квартал 2027 года и "
                             "решений по ним, сообщает."),
                       ("p", f"{reason}. Жалобы рассматриваются в порядке, установленном Административным "
                             f"процедурно-процессуальным кодексом Республики Казахстан, а их копии передаются "
                             f"третьим лицам только в случаях, предусмотренных законом."),
                       ("p", "На основании изложенного в представлении копий жалоб и решений отказываем. "
                             "Обобщенные сведения о количестве жалоб будут включены в ежеквартальный отчет."),
                       ("l", ""),
                       ("sig", "Заместитель председателя", "Д. Сапарбеков")],
               created="2027-06-15T09:30:00")
    put_key(name, [refusal_key(name, reason, "other", ["00306014"])])
    put_ctx(name, {"name": "Комитет индустриального развития Министерства промышленности и строительства Республики Казахстан",
                   "email": "kir@mps.gov.kz", "bin": "120340017783"},
            [("00306014", "Выдача лицензии на производство и оборот прекурсоров")],
            "additional_answer", letter("ЕКЦ-2027/1675", "2027-06-10", "О представлении копий жалоб (повторно)"),
            "record the second refusal within a month (Rules p.12 may apply)")
    man(name, "refusal (other: no legal basis)", "ru", "docx, bilingual letterhead",
        "the reason opens its paragraph; 'отказываем' comes a paragraph later")


for _f in (v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50,
           v51, v52, v53, v54, v55):
    _f()

# =============================================================================================
# Change notices (Rules p.6): the information already given changed -- a new standard, a new
# regulation, acts changing them, a new web address. Only the changed fields carry a value.
# =============================================================================================

def cn(reg, standard=None, regulation=None, npa=None, website=None):
    return {"registry_number": reg, "standard": standard, "regulation": regulation,
            "npa_changes": npa, "website": website}


def change_key(part, services, change_date="omit", language="ru"):
    d = {"part": part, "kind": "change_notice"}
    if language:
        d["language"] = language
    d["services"] = services
    if change_date != "omit":
        d["change_date"] = change_date
    return d


def v56():
    name = "v56-karaganda-archive.eml"
    std = ("Стандарт государственной услуги «Выдача архивных справок», утвержденный приказом Министра культуры и "
           "информации Республики Казахстан от 14 января 2027 года № 12")
    body = f"""Добрый день!

Управление цифровизации и архивов Карагандинской области в соответствии с пунктом 6 Правил взаимодействия сообщает об изменении сведений по государственной услуге «Выдача архивных справок» (№ 00707004 в Реестре государственных услуг).

Прежние реквизиты стандарта: Стандарт государственной услуги «Выдача архивных справок», утвержденный приказом Министра культуры и спорта Республики Казахстан от 22 января 2020 года № 15 (утратил силу).

Новые реквизиты стандарта: {std}.

Новый стандарт вводится в действие с 1 марта 2027 года.

Остальные сведения, представленные ранее по форме приложения 1, не изменились.

С уважением,
Серикбаева Алма Нурлановна
главный специалист отдела архивного дела
тел. 8 (7212) 50-22-71
"""
    write_eml(name, frm=addr("Серикбаева Алма", "a.serikbaeva@krg-archive.gov.kz"),
              subject="Изменение реквизитов стандарта госуслуги 00707004", date=when("2027-02-19 10:45"),
              msgid="krg-archive-20270219-104511@krg-archive.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="base64"))
    put_key(name, [change_key("body", [cn("00707004", standard=std)], "2027-03-01")])
    put_ctx(name, {"name": "Управление цифровизации и архивов Карагандинской области", "email": "kanc@krg-archive.gov.kz",
                   "bin": "990340026601"},
            [("00707004", "Выдача архивных справок")], "consulting", None,
            "update the standard of 00707004 in the knowledge base (effective 2027-03-01)")
    man(name, "change_notice (standard)", "ru", "eml text/plain utf-8 base64",
        "old and new requisites on labelled lines; the old one must not be taken")


def v57():
    name = "v57-kostanay-vet-reglament.docx"
    reg = ("Регламент государственной услуги «Выдача ветеринарной справки», утвержденный постановлением акимата "
           "Костанайской области от 20 января 2027 года № 18")
    write_docx(name,
               head_kk="ҚОСТАНАЙ ОБЛЫСЫ ӘКІМДІГІНІҢ\nВЕТЕРИНАРИЯ БАСҚАРМАСЫ",
               head_ru="УПРАВЛЕНИЕ ВЕТЕРИНАРИИ\nАКИМАТА КОСТАНАЙСКОЙ ОБЛАСТИ",
               head_addr="110000, г. Костанай, ул. Байтурсынова, 95, тел. 8 (7142) 50-36-00",
               outno="02.02.2027 № 07-1/301",
               blocks=[("r", "Единый контакт-центр"),
                       ("c", "Об актуализации сведений по государственной услуге"),
                       ("p", "Управление ветеринарии акимата Костанайской области информирует об утверждении нового "
                             "регламента государственной услуги «Выдача ветеринарной справки» (№ 00901012)."),
                       ("p", "Просим внести в базу данных Единого контакт-центра следующие сведения (графа 5 "
                             "приложения 1):"),
                       ("i", reg),
                       ("p", "Постановление вводится в действие по истечении десяти календарных дней после дня его "
                             "первого официального опубликования (опубликовано в газете «Қостанай таңы» 25.01.2027)."),
                       ("p", "Стандарт государственной услуги и интернет-ресурс не изменились. Текст регламента "
                             "размещен в информационно-правовой системе «Әділет»."),
                       ("l", ""),
                       ("sig", "Руководитель управления", "А. Мейрамов"),
                       ("l", ""),
                       ("small", "Исп. Нұрпейісов Б.Қ., 50-36-91")],
               created="2027-02-02T10:30:00")
    put_key(name, [change_key(name, [cn("00901012", regulation=reg)])])
    put_ctx(name, {"name": "Управление ветеринарии акимата Костанайской области", "email": "vet@kostanay-vet.gov.kz",
                   "bin": "070240010552"},
            [("00901012", "Выдача ветеринарной справки")], "consulting", None,
            "update the regulation of 00901012")
    man(name, "change_notice (regulation)", "ru", "docx, bilingual letterhead",
        "value as an italic paragraph of its own; effective date only as 'ten days after publication on 25.01.2027' (not keyed)")


def v58():
    name = "v58-shymkent-sek.txt"
    npa = ("приказ Министра здравоохранения Республики Казахстан от 03.02.2027 № КР ДСМ-14 «О внесении изменений в "
           "приказ Министра здравоохранения Республики Казахстан от 30 декабря 2020 года № КР ДСМ-336/2020»")
    text = f"""Департамент санитарно-эпидемиологического контроля города Шымкент

Исх. № 17-02/455 от 18.02.2027

Единый контакт-центр

Уведомление об изменении сведений (п. 6 Правил взаимодействия)

№ в Реестре: 01006003
Государственная услуга: «Выдача санитарно-эпидемиологического заключения»
Изменения НПА: {npa}
Дата вступления изменений в силу: 17.02.2027

Изменениями сокращен срок оказания услуги с 10 до 7 рабочих дней. Стандарт в новой редакции размещен на интернет-ресурсе Департамента.

Руководитель департамента                                  Б. Тасболатов
"""
    write_txt(name, text, "cp1251", crlf=True)
    put_key(name, [change_key(name, [cn("01006003", npa=npa)], "2027-02-17")])
    put_ctx(name, {"name": "Департамент санитарно-эпидемиологического контроля города Шымкент",
                   "email": "shymkent@sek.gov.kz", "bin": "180940012208"},
            [("01006003", "Выдача санитарно-эпидемиологического заключения")], "consulting", None,
            "record the amending act for 01006003 (in force 2027-02-17)")
    man(name, "change_notice (npa)", "ru", "txt windows-1251 CRLF",
        "labelled form; 'КР ДСМ' written with Latin-range Cyrillic instead of 'ҚР'; 'в новой редакции' does not make a new standard")


def v59():
    name = "v59-kostanay-zher.eml"
    url = "https://www.gov.kz/memleket/entities/kostanay-zher"
    inner = mso(
        "Уважаемые коллеги!", "",
        "Управление земельных отношений акимата Костанайской области сообщает, что в связи с переходом на единую "
        "платформу интернет-ресурсов государственных органов информация о государственных услугах:",
        "&nbsp;&nbsp;&nbsp;•&nbsp;00501021 «Выдача решения на изменение целевого назначения земельного участка»;",
        "&nbsp;&nbsp;&nbsp;•&nbsp;00501034 «Предоставление права на земельный участок, находящийся в государственной "
        "собственности, без проведения торгов»",
        f"с 01.04.2027 размещается по адресу: <a href=\"{url}\">{url}</a>.", "",
        "Прежний сайт управления <a href=\"http://www.kostanay-zher.kz\">www.kostanay-zher.kz</a> прекращает работу.", "",
        "С уважением,",
        "Есенова Камила, ответственное лицо по взаимодействию с ЕКЦ",
        "тел. 8 (7142) 57-10-33")
    html = html_wrap(inner, "windows-1251")
    write_eml(name, frm=addr("Есенова Камила", "k.esenova@kostanay-zher.gov.kz", "windows-1251"),
              subject="Новый адрес интернет-ресурса", subject_charset="windows-1251",
              date=when("2027-03-25 16:10"), msgid="002c01db9d7a$a1b2c3d4$e5f6a7b8$@kostanay-zher.gov.kz",
              body_part=leaf("text/html", html.encode("cp1251"), charset="windows-1251", cte="quoted-printable"),
              extra=["X-Mailer: Microsoft Outlook 16.0"])
    put_key(name, [change_key("body", [cn("00501021", website=url), cn("00501034", website=url)], "2027-04-01")])
    put_ctx(name, {"name": "Управление земельных отношений акимата Костанайской области",
                   "email": "kanc@kostanay-zher.gov.kz", "bin": "990540015521"},
            [("00501021", "Выдача решения на изменение целевого назначения земельного участка"),
             ("00501034", "Предоставление права на земельный участок, находящийся в государственной собственности, без проведения торгов")],
            "consulting", None, "update the web address of both services from 2027-04-01")
    man(name, "change_notice (website)", "ru", "eml HTML-only (Outlook) windows-1251 qp",
        "old and new address both in the letter; bullet list built of &nbsp; and •; signer calls herself the responsible person")


def v60():
    name = "v60-zhanaozen.txt"
    url = "https://www.gov.kz/memleket/entities/mangystau-zhanaozen"
    text = f"""Аппарат акима города Жанаозен

исх. N 01-12/377

Единый контакт-центр

Сообщаем, что адрес интернет-ресурса, на котором размещена информация о государственной услуге "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде" (реестровый N 00402008), изменен:
прежний - www.zhanaozen.kz/uslugi
новый - {url}

Иные сведения (стандарт, регламент, изменения НПА) не изменились.

Руководитель аппарата                          Ж. Кенжеғалиев
"""
    write_txt(name, text.replace("Кенжеғалиев", "Кенжегалиев"), "koi8-r")
    put_key(name, [change_key(name, [cn("00402008", website=url)], None)])
    put_ctx(name, {"name": "Аппарат акима города Жанаозен", "email": "akimat@zhanaozen.gov.kz", "bin": "990140019832"},
            [("00402008", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде")],
            "consulting", None, "update the web address of 00402008")
    man(name, "change_notice (website)", "ru", "txt koi8-r, no date at all",
        "'прежний - / новый -' lines; no date in the letter (change_date null)")


def v61():
    name = "v61-turkestan-dsm-std.eml"
    std = ("Стандарт государственной услуги «Выдача лицензии на фармацевтическую деятельность», утвержденный "
           "приказом Министра здравоохранения Республики Казахстан от 18 марта 2027 года № ҚР ДСМ-33")
    reg = ("Регламент государственной услуги «Выдача лицензии на фармацевтическую деятельность», утвержденный "
           "постановлением акимата Туркестанской области от 25 марта 2027 года № 61")
    plain = f"""Коллеги, добрый день.

В соответствии с п. 6 Правил направляем актуализированные сведения по государственной услуге № 01003021 «Выдача лицензии на фармацевтическую деятельность».

Графа 4 (стандарт): {std}.
Графа 5 (регламент): {reg}.

Указанные акты вводятся в действие с 10.04.2027. Графы 6 и 7 – без изменений.

Жолдасбекова Гульмира Абдикаримовна
ведущий специалист отдела лицензирования
Управление здравоохранения Туркестанской области
8 (7252) 40-18-77
"""
    html = html_wrap(
        "<p>Коллеги, добрый день.</p>"
        "<p>В соответствии с п. 6 Правил направляем актуализированные сведения по государственной услуге № 01003021 "
        "«Выдача лицензии на фармацевтическую деятельность».</p>"
        "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">"
        f"<tr><td>Графа 4 (стандарт)</td><td>{std}</td></tr>"
        f"<tr><td>Графа 5 (регламент)</td><td>{reg}</td></tr></table>"
        "<p>Указанные акты вводятся в действие с 10.04.2027. Графы 6 и 7 – без изменений.</p>"
        "<p>Жолдасбекова Гульмира Абдикаримовна<br>ведущий специалист отдела лицензирования<br>"
        "Управление здравоохранения Туркестанской области<br>8 (7252) 40-18-77</p>", "utf-8", style="web")
    body = multipart("alternative", [leaf("text/plain", plain.encode("utf-8"), charset="utf-8", cte="quoted-printable"),
                                     leaf("text/html", html.encode("utf-8"), charset="utf-8", cte="quoted-printable")],
                     "000000000000a7c3e405f9d1b2c3")
    write_eml(name, frm=addr("Гульмира Жолдасбекова", "g.zholdasbekova@turkestan-dsm.gov.kz"),
              subject="Актуализация: 01003021 стандарт и регламент", date=when("2027-04-02 09:20"),
              msgid="CAJ7pQ1x=Wk3Zr0sX2yF+Lb8@mail.turkestan-dsm.gov.kz", body_part=body)
    put_key(name, [change_key("body", [cn("01003021", standard=std, regulation=reg)], "2027-04-10")])
    put_ctx(name, {"name": "Управление здравоохранения Туркестанской области", "email": "kanc@turkestan-dsm.gov.kz",
                   "bin": "180740029915"},
            [("01003021", "Выдача лицензии на фармацевтическую деятельность")], "consulting", None,
            "update standard and regulation of 01003021 (in force 2027-04-10)")
    man(name, "change_notice (standard + regulation)", "ru", "eml multipart/alternative utf-8 qp (html has a table)",
        "fields named by column number ('Графа 4', 'Графа 5'); 'без изменений' for the others; sent by the responsible person")


def v62():
    name = "v62-zhambyl-archive-kk.eml"
    std = ("Қазақстан Республикасы Мәдениет және ақпарат министрінің 2027 жылғы 14 қаңтардағы № 12 бұйрығымен "
           "бекітілген «Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет стандарты")
    body = f"""Құрметті әріптестер!

Жамбыл облысының цифрландыру және архивтер басқармасы Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 6-тармағына сәйкес «Мұрағаттық анықтамалар беру» (№ 00707004) мемлекеттік көрсетілетін қызметі бойынша бұрын берілген мәліметтердің өзгергенін хабарлайды.

Стандарттың жаңа деректемелері: {std}.

Жаңа стандарт 2027 жылғы 1 наурыздан бастап қолданысқа енгізіледі. Регламент пен интернет-ресурс өзгерген жоқ.

Құрметпен,
Байтенова Сәуле
архив ісі бөлімінің бас маманы
"""
    write_eml(name, frm=addr("Байтенова Сәуле", "s.baitenova@zhambyl-archive.gov.kz"),
              subject="Мемлекеттік көрсетілетін қызмет стандартының өзгеруі (00707004)", date=when("2027-02-22 11:30"),
              msgid="zh-arch-0222-1130@zhambyl-archive.gov.kz",
              body_part=leaf("text/plain", body.encode("utf-8"), charset="utf-8", cte="base64"))
    put_key(name, [change_key("body", [cn("00707004", standard=std)], "2027-03-01", language="kk")])
    put_ctx(name, {"name": "Управление цифровизации и архивов Жамбылской области", "email": "kanc@zhambyl-archive.gov.kz",
                   "bin": "990440026613"},
            [("00707004", "Выдача архивных справок")], "consulting", None,
            "update the standard of 00707004 (in force 2027-03-01)")
    man(name, "change_notice (standard)", "kk", "eml text/plain utf-8 base64",
        "Kazakh only; the act's requisites precede the standard's name (Kazakh word order); 'өзгерген жоқ' negation")


def v63():
    name = "v63-turkestan-densaulyk-kk.docx"
    url = "https://www.gov.kz/memleket/entities/turkestan-densaulyk"
    write_docx(name,
               head_kk="ТҮРКІСТАН ОБЛЫСЫ\nӘКІМДІГІНІҢ ДЕНСАУЛЫҚ\nСАҚТАУ БАСҚАРМАСЫ",
               head_ru="УПРАВЛЕНИЕ ЗДРАВООХРАНЕНИЯ\nТУРКЕСТАНСКОЙ ОБЛАСТИ",
               head_addr="161200, Түркістан қ., Жаңа қала шағын ауданы, 32-көше, 20-ғимарат",
               outno="2027 жылғы 14 сәуір № 12-04/2471",
               blocks=[("r", "Бірыңғай байланыс орталығы"),
                       ("p", "Түркістан облысының денсаулық сақтау басқармасы «Фармацевтикалық қызметке лицензия беру» "
                             "(№ 01003021) және «Медициналық қызметке лицензия беру» (№ 01003030) мемлекеттік "
                             "көрсетілетін қызметтері туралы ақпарат орналастырылған интернет-ресурстың мекенжайы "
                             "2027 жылғы 20 сәуірден бастап өзгеретінін хабарлайды."),
                       ("p", f"Интернет-ресурстың жаңа мекенжайы: {url}"),
                       ("p", "Стандарттар мен регламенттердің деректемелері өзгеріссіз қалады."),
                       ("l", ""),
                       ("sig", "Басқарма басшысы", "Қ. Әбдуллаев")],
               created="2027-04-14T15:00:00")
    put_key(name, [change_key(name, [cn("01003021", website=url), cn("01003030", website=url)], "2027-04-20",
                              language="kk")])
    put_ctx(name, {"name": "Управление здравоохранения Туркестанской области", "email": "kanc@turkestan-dsm.gov.kz",
                   "bin": "180740029915"},
            [("01003021", "Выдача лицензии на фармацевтическую деятельность"),
             ("01003030", "Выдача лицензии на медицинскую деятельность")], "consulting", None,
            "update the web address of both services from 2027-04-20")
    man(name, "change_notice (website)", "kk", "docx, bilingual letterhead, Kazakh text",
        "letter date (14 April, Kazakh form) vs change date (20 April, inside the sentence)")


def v64():
    name = "v64-zko-zhumyspen-bilingual.txt"
    npa = ("приказ Министра труда и социальной защиты населения Республики Казахстан от 11 марта 2027 года № 74 "
           "«О внесении изменений и дополнений в некоторые приказы Министра труда и социальной защиты населения "
           "Республики Казахстан»")
    text = f"""«Батыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы» ММ
ГУ «Управление координации занятости и социальных программ Западно-Казахстанской области»

№ 04-11/1290 от 22.03.2027

Бірыңғай байланыс орталығына / В Единый контакт-центр

«Мемлекеттік атаулы әлеуметтік көмек тағайындау» (№ 00601002) мемлекеттік көрсетілетін қызметінің стандартына төменде көрсетілген бұйрықпен өзгерістер енгізілгенін хабарлаймыз.

Сообщаем, что в стандарт государственной услуги «Назначение государственной адресной социальной помощи» (№ 00601002) внесены изменения.

НҚА өзгерістері / Изменения НПА: {npa}.

Өзгерістер 2027 жылғы 1 сәуірден бастап қолданысқа енгізіледі. / Изменения вводятся в действие с 1 апреля 2027 года.

Басшының орынбасары / Заместитель руководителя                  А. Қуанышев
"""
    write_txt(name, text, "utf-8")
    put_key(name, [change_key(name, [cn("00601002", npa=npa)], "2027-04-01", language=None)])
    put_ctx(name, {"name": "Управление координации занятости и социальных программ Западно-Казахстанской области",
                   "email": "kanc@zko-zhumyspen.gov.kz", "bin": "990240021355"},
            [("00601002", "Назначение государственной адресной социальной помощи")], "consulting", None,
            "record the amending act for 00601002 (in force 2027-04-01)")
    man(name, "change_notice (npa)", "kk+ru", "txt utf-8",
        "Kazakh and Russian sentences; the act is given once, in Russian, after a bilingual label")


def v65():
    name = "v65-atyrau-kasipker-bilingual.eml"
    url = "https://www.gov.kz/memleket/entities/atyrau-kasipkerlik"
    inner = f"""<table width="100%" cellpadding="6"><tr>
<td width="50%" valign="top"><p>Атырау облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы «Экспорттық және импорттық тауарларға лицензия беру» (№ 00304015) мемлекеттік көрсетілетін қызметі туралы ақпарат 2027 жылғы 1 шілдеден бастап жаңа интернет-ресурста орналастырылатынын хабарлайды:</p>
<p><a href="{url}">{url}</a></p></td>
<td width="50%" valign="top"><p>Управление предпринимательства и индустриально-инновационного развития Атырауской области сообщает, что с 1 июля 2027 года информация о государственной услуге «Выдача лицензии на экспорт и импорт товаров» (№ 00304015) размещается на новом интернет-ресурсе:</p>
<p><a href="{url}">{url}</a></p></td>
</tr></table>
<p>Құрметпен / С уважением,<br>Тасқынов Ерлан, бас маман / главный специалист</p>"""
    plain = (f"Атырау облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы «Экспорттық және импорттық "
             f"тауарларға лицензия беру» (№ 00304015) мемлекеттік көрсетілетін қызметі туралы ақпарат 2027 жылғы 1 "
             f"шілдеден бастап жаңа интернет-ресурста орналастырылатынын хабарлайды:\n{url}\n\n"
             f"Управление предпринимательства и индустриально-инновационного развития Атырауской области сообщает, что "
             f"с 1 июля 2027 года информация о государственной услуге «Выдача лицензии на экспорт и импорт товаров» "
             f"(№ 00304015) размещается на новом интернет-ресурсе:\n{url}\n\n"
             f"Құрметпен / С уважением,\nТасқынов Ерлан, бас маман / главный специалист\n")
    body = multipart("alternative", [leaf("text/plain", plain.encode("utf-8"), charset="utf-8", cte="base64"),
                                     leaf("text/html", html_wrap(inner, "utf-8", style="web").encode("utf-8"),
                                          charset="utf-8", cte="base64")], "--==_mimepart_6682f1a2b3c4d_5e6f")
    write_eml(name, frm=addr("Тасқынов Ерлан", "e.taskynov@atyrau-kasipker.gov.kz"),
              subject="Интернет-ресурс / интернет-ресурс өзгерді (00304015)", date=when("2027-06-24 17:45"),
              msgid="6682f1a2b3c4d_5e6f@atyrau-kasipker.gov.kz", body_part=body)
    put_key(name, [change_key("body", [cn("00304015", website=url)], "2027-07-01", language=None)])
    put_ctx(name, {"name": "Управление предпринимательства и индустриально-инновационного развития Атырауской области",
                   "email": "kanc@atyrau-kasipker.gov.kz", "bin": "990840022181"},
            [("00304015", "Выдача лицензии на экспорт и импорт товаров")], "consulting", None,
            "update the web address of 00304015 from 2027-07-01")
    man(name, "change_notice (website)", "kk+ru", "eml multipart/alternative utf-8 base64, html in two columns",
        "the same notice side by side in two languages; the URL appears twice")


def v66():
    name = "v66-enbek-standard.pdf"
    std = ("приказ Министра труда и социальной защиты населения Республики Казахстан от 29 января 2027 года № 31 "
           "«Об утверждении стандарта государственной услуги «Назначение государственной адресной социальной помощи»»")
    write_pdf(name, [
        ("c", "МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН"),
        ("c", "Департамент социальной помощи"),
        ("gap", ""),
        ("n", "№ 08-2/1185 от 05.02.2027"),
        ("gap", ""),
        ("r", "Единый контакт-центр"),
        ("gap", ""),
        ("n", "В связи с утверждением нового стандарта государственной услуги «Назначение государственной адресной "
              "социальной помощи» (№ 00601002) просим актуализировать сведения в базе данных Единого контакт-центра:"),
        ("gap", ""),
        ("n", f"Стандарт государственной услуги: {std}."),
        ("gap", ""),
        ("n", "Приказ вводится в действие по истечении десяти календарных дней после дня его первого официального "
              "опубликования. До введения его в действие применяется ранее действовавший стандарт."),
        ("gap", ""),
        ("n", "Сведения о регламенте, об изменениях НПА и интернет-ресурсе остаются прежними."),
        ("gap", ""), ("gap", ""),
        ("b", "Директор департамента                                                         Г. Әлімбетова"),
    ], title="08-2/1185")
    put_key(name, [change_key(name, [cn("00601002", standard=std)])])
    put_ctx(name, {"name": "Министерство труда и социальной защиты населения Республики Казахстан",
                   "email": "kanc@enbek.gov.kz", "bin": "990540002276"},
            [("00601002", "Назначение государственной адресной социальной помощи")], "information",
            letter("ЕКЦ-2027/388", "2027-01-26", "Об актуализации сведений по государственным услугам"),
            "update the standard of 00601002")
    man(name, "change_notice (standard)", "ru", "pdf (text layer)",
        "nested quotes in the value; the effective date is relative (not keyed); a wrapped long line")


def v67():
    name = "v67-akmola-agro-npa.eml"
    npa = ("приказ Министра сельского хозяйства Республики Казахстан от 25 февраля 2027 года N 58 \"О внесении "
           "изменений в приказ Министра сельского хозяйства Республики Казахстан от 30 марта 2020 года N 111\"")
    plain = f"""Единый контакт-центр

Управление сельского хозяйства Акмолинской области сообщает, что внесены изменения в стандарты государственных услуг:

 00802017 "Государственная регистрация тракторов и изготовленных на их базе самоходных шасси и механизмов";
 00803025 "Выдача удостоверения тракториста-машиниста".

Основание - {npa}.

Изменения вступают в силу 12.03.2027.

Прошу внести изменения в графу 6 по обеим услугам.

--
Омарбеков Даурен Серикович
главный специалист отдела гостехинспекции
8 (7162) 25-14-09
"""
    html = html_wrap(
        "<p>Единый контакт-центр</p>"
        "<p>Управление сельского хозяйства Акмолинской области сообщает, что внесены изменения в стандарты "
        "государственных услуг:</p><ul>"
        "<li>00802017 \"Государственная регистрация тракторов и изготовленных на их базе самоходных шасси и механизмов\";</li>"
        "<li>00803025 \"Выдача удостоверения тракториста-машиниста\".</li></ul>"
        f"<p>Основание - {npa}.</p>"
        "<p>Изменения вступают в силу 12.03.2027.</p><p>Прошу внести изменения в графу 6 по обеим услугам.</p>"
        "<p>--<br>Омарбеков Даурен Серикович<br>главный специалист отдела гостехинспекции<br>8 (7162) 25-14-09</p>",
        "koi8-r", style="web")
    body = multipart("alternative", [leaf("text/plain", plain.encode("koi8-r"), charset="koi8-r", cte="8bit"),
                                     leaf("text/html", html.encode("koi8-r"), charset="koi8-r", cte="base64")],
                     "----=_Part_118_99417731.1741320440112")
    write_eml(name, frm=addr("Омарбеков Даурен", "d.omarbekov@akmola-agro.gov.kz", "koi8-r"),
              subject="Изменения НПА по 00802017, 00803025", subject_charset="koi8-r",
              date=when("2027-03-07 12:07"), msgid="1741320440112.118.JavaMail@akmola-agro.gov.kz", body_part=body)
    put_key(name, [change_key("body", [cn("00802017", npa=npa), cn("00803025", npa=npa)], "2027-03-12")])
    put_ctx(name, {"name": "Управление сельского хозяйства Акмолинской области", "email": "kanc@akmola-agro.gov.kz",
                   "bin": "990340019117"},
            [("00802017", "Государственная регистрация тракторов и изготовленных на их базе самоходных шасси и механизмов"),
             ("00803025", "Выдача удостоверения тракториста-машиниста")], "consulting", None,
            "record the amending act for both services (in force 2027-03-12)")
    man(name, "change_notice (npa)", "ru", "eml multipart/alternative koi8-r (8bit plain + base64 html)",
        "the act after 'Основание -' below the list of services; one act for two services")


def v68():
    name = "v68-aktau-akimat.txt"
    url = "https://www.gov.kz/memleket/entities/mangystau-aktau"
    text = f"""АППАРАТ АКИМА ГОРОДА АКТАУ

Исх. № 02-05/1630 от 27.04.2027

В Единый контакт-центр

Об изменении интернет-ресурса

Аппарат акима города Актау просит внести изменения в графу 7 формы приложения 1 по следующим государственным услугам:

  № в реестре   Наименование
  00402008      Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда
  00602005      Выдача справки о наличии личного подсобного хозяйства
  00309006      Выдача разрешения на размещение объектов наружной (визуальной) рекламы

Интернет-ресурс: {url}

Руководитель аппарата                                 Б. Нысанбаев
"""
    write_txt(name, text, "cp866", crlf=True)
    put_key(name, [change_key(name, [cn("00402008", website=url), cn("00602005", website=url),
                                     cn("00309006", website=url)], None)])
    put_ctx(name, {"name": "Аппарат акима города Актау", "email": "akimat@aktau.gov.kz", "bin": "990240013362"},
            [("00402008", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде"),
             ("00602005", "Выдача справки о наличии личного подсобного хозяйства"),
             ("00309006", "Выдача разрешения на размещение объектов наружной (визуальной) рекламы в полосе отвода автомобильных дорог общего пользования")],
            "consulting", None, "update the web address of the three services")
    man(name, "change_notice (website)", "ru", "txt cp866 CRLF, plain-text table",
        "three services in a fixed-width table; one address for all; no date")


def v69():
    name = "v69-turkestan-zher-reglament.txt"
    reg1 = ("Регламент государственной услуги «Выдача решения на изменение целевого назначения земельного участка», "
            "утвержденный постановлением акимата Туркестанской области от 11 февраля 2027 года № 45")
    reg2 = ("Регламент государственной услуги «Выдача идентификационного документа на земельный участок», "
            "утвержденный постановлением акимата Туркестанской области от 11 февраля 2027 года № 45")
    text = f"""Управление земельных отношений Туркестанской области

Исх. № 03-18/640 от 16.02.2027 г.

Единый контакт-центр

Во исполнение пункта 6 Правил взаимодействия направляем сведения об утвержденных регламентах государственных услуг.

1) № 00501021
   Регламент: {reg1}.

2) № 00501040
   Регламент: {reg2}.

Сведения в графах 4, 6 и 7 ранее представленной формы остаются без изменений.

Руководитель управления                                        Н. Сапаров
Исп. Абдуллаева Ж., 8 (72533) 5-61-20
"""
    write_txt(name, text, "utf-16", crlf=True)
    put_key(name, [change_key(name, [cn("00501021", regulation=reg1), cn("00501040", regulation=reg2)])])
    put_ctx(name, {"name": "Управление земельных отношений Туркестанской области", "email": "kanc@turkestan-zher.gov.kz",
                   "bin": "180740031208"},
            [("00501021", "Выдача решения на изменение целевого назначения земельного участка"),
             ("00501040", "Выдача идентификационного документа на земельный участок")],
            "consulting", None, "update the regulations of both services")
    man(name, "change_notice (regulation)", "ru", "txt UTF-16 LE with BOM, CRLF",
        "two services, one decree; only the decree's date (not keyed as change date)")


def v70():
    name = "v70-kgd-license.eml"
    std = ("Стандарт государственной услуги «Выдача лицензии на производство этилового спирта», утвержденный "
           "приказом Министра финансов Республики Казахстан от 9 апреля 2027 года № 210")
    body = f"""Уважаемые коллеги!

Комитет государственных доходов Министерства финансов Республики Казахстан информирует, что по государственной услуге № 01203004 «Выдача лицензии на производство этилового спирта» утвержден новый стандарт.

Стандарт: {std}.
Дата введения в действие: 28.04.2027.

Изменения не затрагивают регламент государственной услуги и интернет-ресурс; отказ в приеме документов по-прежнему допускается только по основаниям, указанным в стандарте.

Управление лицензирования
Комитет государственных доходов МФ РК
"""
    # the sender's gateway labels the part utf-8, but the bytes are windows-1251
    write_eml(name, frm="Upravlenie licenzirovaniya KGD <license@kgd.gov.kz>",
              subject="Новый стандарт госуслуги 01203004", subject_charset="windows-1251",
              date=when("2027-04-21 10:05"), msgid="kgd-lic-20270421-1005@kgd.gov.kz",
              body_part=(b'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
                         + body.replace("\n", "\r\n").encode("cp1251")))
    put_key(name, [change_key("body", [cn("01203004", standard=std)], "2027-04-28")])
    put_ctx(name, {"name": "Комитет государственных доходов Министерства финансов Республики Казахстан",
                   "email": "license@kgd.gov.kz", "bin": "990940003144"},
            [("01203004", "Выдача лицензии на производство этилового спирта")], "consulting", None,
            "update the standard of 01203004 (in force 2027-04-28)")
    man(name, "change_notice (standard)", "ru", "eml text/plain labelled utf-8, bytes windows-1251",
        "wrong charset label (invalid UTF-8); negation trap 'отказ в приеме документов ... допускается' is not a refusal")


def v71():
    name = "v71-pavlodar-kasipker.eml"
    url = "https://www.gov.kz/memleket/entities/pavlodar-kasipkerlik/activities/directions"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body>
<div>Добрый день!</div><br>
<div>По гос. услуге <b>00304022</b> «Выдача заключения об отнесении товаров к отечественным» поменялся адрес страницы с информацией об услуге.</div>
<div>Новая ссылка: <a href="{url}">{url}</a></div>
<div>Старая ссылка (pavlodar-kasipker.kz/gosuslugi) больше не работает с 03.05.2027.</div><br>
<div>Цой В.</div>
<div>отдел торговли</div>
</body></html>
"""
    write_eml(name, frm=addr("Цой Вера", "v.tsoy@pavlodar-kasipker.gov.kz", "windows-1251"),
              subject="Ссылка на госуслугу 00304022", subject_charset="windows-1251",
              date=when("2027-05-04 15:02"), msgid="3a9e0f71-cc1d-4e5a-8e1f-77c0b2a4d911@pavlodar-kasipker.gov.kz",
              body_part=(b"Content-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                         + html.replace("\n", "\r\n").encode("cp1251")))
    put_key(name, [change_key("body", [cn("00304022", website=url)], "2027-05-03")])
    put_ctx(name, {"name": "Управление предпринимательства и индустриально-инновационного развития Павлодарской области",
                   "email": "kanc@pavlodar-kasipker.gov.kz", "bin": "990740014458"},
            [("00304022", "Выдача заключения об отнесении товаров к отечественным")], "consulting", None,
            "update the web address of 00304022 (old link dead since 2027-05-03)")
    man(name, "change_notice (website)", "ru", "eml text/html without a charset parameter (only the html meta names windows-1251)",
        "charset only in the HTML meta; long URL with a path; the date is when the old link stopped working")


def v72():
    name = "v72-almaty-zher-npa.docx"
    npa1 = ("приказ Министра сельского хозяйства Республики Казахстан от 14 апреля 2027 года № 122 «О внесении "
            "изменений в приказ Министра сельского хозяйства Республики Казахстан от 1 октября 2020 года № 301»")
    npa2 = ("приказ и.о. Министра сельского хозяйства Республики Казахстан от 18 апреля 2027 года № 127 «О внесении "
            "изменения в приказ Министра сельского хозяйства Республики Казахстан от 1 октября 2020 года № 301»")
    write_docx(name,
               head_kk="АЛМАТЫ ҚАЛАСЫ\nЖЕР ҚАТЫНАСТАРЫ\nБАСҚАРМАСЫ",
               head_ru="УПРАВЛЕНИЕ\nЗЕМЕЛЬНЫХ ОТНОШЕНИЙ\nГОРОДА АЛМАТЫ",
               head_addr="050001, г. Алматы, пл. Республики, 4",
               outno="Исх. № 08-3/2711 от 28.04.2027",
               blocks=[("r", "Единый контакт-центр"),
                       ("p", "Управление земельных отношений города Алматы в порядке пункта 6 Правил взаимодействия "
                             "сообщает об изменениях нормативных правовых актов по государственным услугам:"),
                       ("t", [["№ в реестре", "Наименование государственной услуги", "Изменения НПА"],
                              ["00501021", "Выдача решения на изменение целевого назначения земельного участка", npa1],
                              ["00501034", "Предоставление права на земельный участок, находящийся в государственной "
                                           "собственности, без проведения торгов", npa2]], (2.5, 6, 8)),
                       ("p", "Изменения вводятся в действие с 05.05.2027."),
                       ("l", ""),
                       ("sig", "Заместитель руководителя", "Т. Ахметов")],
               created="2027-04-28T17:00:00")
    put_key(name, [change_key(name, [cn("00501021", npa=npa1), cn("00501034", npa=npa2)], "2027-05-05")])
    put_ctx(name, {"name": "Управление земельных отношений города Алматы", "email": "kanc@almaty-zher.gov.kz",
                   "bin": "990140022175"},
            [("00501021", "Выдача решения на изменение целевого назначения земельного участка"),
             ("00501034", "Предоставление права на земельный участок, находящийся в государственной собственности, без проведения торгов")],
            "consulting", None, "record the amending acts for both services (in force 2027-05-05)")
    man(name, "change_notice (npa)", "ru", "docx with a three-column table",
        "a partial table (columns 2, 3, 6 only) — not an Appendix 1 form; different acts per row")


def v73():
    name = "v73-mvd-passport.eml"
    att_name = "Письмо_изменение_стандарта_01205007.pdf"
    std = ("Стандарт государственной услуги «Выдача документов, удостоверяющих личность», утвержденный приказом "
           "Министра внутренних дел Республики Казахстан от 6 мая 2027 года № 388")
    pdf = pdf_bytes("tmp-v73.pdf", [
        ("c", "МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН"),
        ("c", "Комитет миграционной службы"),
        ("gap", ""),
        ("n", "13.05.2027 № 7-4/3390"),
        ("gap", ""),
        ("r", "Единый контакт-центр"),
        ("gap", ""),
        ("n", "Комитет миграционной службы МВД Республики Казахстан сообщает об утверждении нового стандарта "
              "государственной услуги «Выдача документов, удостоверяющих личность» (№ 01205007)."),
        ("gap", ""),
        ("n", f"Реквизиты: {std}."),
        ("gap", ""),
        ("n", "Новый стандарт вступает в силу с 1 июня 2027 года. С этой даты ранее действовавший стандарт, "
              "утвержденный приказом Министра внутренних дел Республики Казахстан от 30 марта 2020 года № 267, "
              "утрачивает силу."),
        ("gap", ""), ("gap", ""),
        ("b", "Заместитель председателя Комитета                                       Т. Оразалин"),
    ], title="7-4/3390")
    cover = "Направляем письмо Комитета (сканированная копия во вложении).\n\nКанцелярия КМС МВД РК\n"
    body = multipart("mixed", [leaf("text/plain", cover.encode("utf-8"), charset="utf-8", cte="8bit"),
                               leaf("application/pdf", pdf, cte="base64", filename=att_name)],
                     "===============7316604285126534410==")
    write_eml(name, frm=addr("КМС МВД РК", "kanc@kms.mvd.gov.kz"), subject="исх. 7-4/3390 от 13.05.2027",
              date=when("2027-05-13 18:20"), msgid="OF9A33C2B1.77D0E4F2-ON4626@kms.mvd.gov.kz", body_part=body)
    put_key(name, [{"part": "body", "kind": "other"},
                   change_key(att_name, [cn("01205007", standard=std)], "2027-06-01")])
    put_ctx(name, {"name": "Комитет миграционной службы Министерства внутренних дел Республики Казахстан",
                   "email": "kanc@kms.mvd.gov.kz", "bin": "050540000917"},
            [("01205007", "Выдача документов, удостоверяющих личность")], "consulting", None,
            "update the standard of 01205007 (in force 2027-06-01)")
    man(name, "change_notice (standard)", "ru", "eml multipart/mixed, letter as a PDF attachment (RFC 2231 Cyrillic name)",
        "the old standard's act (30.03.2020 № 267) is named too; covering note is 'other'")


def v74():
    name = "v74-vko-tabigat.eml"
    reg = ("Регламент государственной услуги «Выдача разрешения на эмиссии в окружающую среду для объектов II, III и "
           "IV категорий», утвержденный постановлением акимата Восточно-Казахстанской области от 2 марта 2027 года № 52")
    url = "https://www.gov.kz/memleket/entities/vko-tabigat"
    inner = mso(
        "Здравствуйте!", "",
        "Управление природных ресурсов и регулирования природопользования Восточно-Казахстанской области направляет "
        "актуализированные сведения по государственной услуге № 01504011.", "",
        "<table class=\"MsoTableGrid\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\">"
        "<tr><td width=\"200\" valign=\"top\"><p class=\"MsoNormal\"><b>Что изменилось</b></p></td>"
        "<td width=\"420\" valign=\"top\"><p class=\"MsoNormal\"><b>Новое значение</b></p></td></tr>"
        f"<tr><td valign=\"top\"><p class=\"MsoNormal\">Регламент государственной услуги</p></td><td valign=\"top\"><p class=\"MsoNormal\">{reg}</p></td></tr>"
        f"<tr><td valign=\"top\"><p class=\"MsoNormal\">Интернет-ресурс</p></td><td valign=\"top\"><p class=\"MsoNormal\"><a href=\"{url}\">{url}</a></p></td></tr>"
        "</table>", "",
        "С уважением,", "Искакова Мадина", "главный специалист отдела экологического регулирования")
    write_eml(name, frm=addr("Искакова Мадина", "m.iskakova@vko-tabigat.gov.kz", "windows-1251"),
              subject="Актуализация сведений 01504011", subject_charset="windows-1251",
              date=when("2027-03-16 11:11"), msgid="AM0PR02MB5681E1@vko-tabigat.gov.kz",
              body_part=leaf("text/html", html_wrap(inner, "windows-1251").encode("cp1251"), charset="windows-1251",
                             cte="quoted-printable"), extra=["X-Mailer: Microsoft Outlook 16.0"])
    put_key(name, [change_key("body", [cn("01504011", regulation=reg, website=url)])])
    put_ctx(name, {"name": "Управление природных ресурсов и регулирования природопользования Восточно-Казахстанской области",
                   "email": "kanc@vko-tabigat.gov.kz", "bin": "990340027716"},
            [("01504011", "Выдача разрешения на эмиссии в окружающую среду для объектов II, III и IV категорий")],
            "consulting", None, "update regulation and web address of 01504011")
    man(name, "change_notice (regulation + website)", "ru", "eml HTML-only (Outlook) windows-1251 qp, 'what changed' table",
        "two-column table inside the mail; no change date (only the decree's date)")


def v75():
    name = "v75-sko-zhkh-npa.txt"
    npa = ("постановление акимата Северо-Казахстанской области от 12 мая 2027 года № 101 «О внесении изменений в "
           "постановление акимата Северо-Казахстанской области от 20 июля 2020 года № 188»")
    text = f"""Управление энергетики и жилищно-коммунального хозяйства
Северо-Казахстанской области

18.05.2027 № 06-07/1184

Единый контакт-центр

По государственной услуге «Выдача технических условий на подключение к сетям теплоснабжения» (00405013) сообщаем об изменении нормативного правового акта.

Изменения НПА: {npa}.

Изменениями исключено основание для отказа в оказании государственной услуги «непредставление топографической съемки», срок оказания услуги сокращен до 5 рабочих дней. Изменения применяются с 1 июня 2027 г.

Ответственное лицо: Абенова С.Ж., тел. 8 777 215 40 63.

Руководитель управления                                 Т. Мусин
"""
    write_txt(name, text, "utf-8")
    put_key(name, [change_key(name, [cn("00405013", npa=npa)], "2027-06-01")])
    put_ctx(name, {"name": "Управление энергетики и жилищно-коммунального хозяйства Северо-Казахстанской области",
                   "email": "kense@sko-zhkh.gov.kz", "bin": "020340007741"},
            [("00405013", "Выдача технических условий на подключение к сетям теплоснабжения")], "consulting", None,
            "record the amending decree for 00405013 (applies from 2027-06-01)")
    man(name, "change_notice (npa)", "ru", "txt utf-8",
        "negation trap: 'исключено основание для отказа' (not a refusal); the responsible person is only mentioned, not replaced")


def v76():
    name = "v76-balkhash-bilingual.pdf"
    url = "https://www.gov.kz/memleket/entities/karaganda-balkhash"
    write_pdf(name, [
        ("c", "БАЛҚАШ ҚАЛАСЫ ӘКІМІНІҢ АППАРАТЫ"),
        ("c", "АППАРАТ АКИМА ГОРОДА БАЛХАШ"),
        ("s", "100300, Балқаш қ., Ленин к-сі, 2 / г. Балхаш, ул. Ленина, 2"),
        ("gap", ""),
        ("n", "2027 жылғы 10 мамыр / 10 мая 2027 г.                    № 1-14/902"),
        ("gap", ""),
        ("r", "Бірыңғай байланыс орталығы / Единый контакт-центр"),
        ("gap", ""),
        ("n", "Балқаш қаласы әкімінің аппараты «Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру» "
              "(№ 00602005) мемлекеттік көрсетілетін қызметі туралы ақпарат 2027 жылғы 15 мамырдан бастап жаңа "
              "интернет-ресурста орналастырылатынын хабарлайды."),
        ("gap", ""),
        ("n", "Аппарат акима города Балхаш сообщает, что с 15.05.2027 информация о государственной услуге «Выдача "
              "справки о наличии личного подсобного хозяйства» (№ 00602005) размещается на новом интернет-ресурсе."),
        ("gap", ""),
        ("n", f"Жаңа мекенжай / Новый адрес: {url}"),
        ("gap", ""), ("gap", ""),
        ("b", "Аппарат басшысы / Руководитель аппарата                                      Д. Қасенов"),
    ], title="1-14/902")
    put_key(name, [change_key(name, [cn("00602005", website=url)], "2027-05-15", language=None)])
    put_ctx(name, {"name": "Аппарат акима города Балхаш", "email": "akimat@balkhash.gov.kz", "bin": "990440030207"},
            [("00602005", "Выдача справки о наличии личного подсобного хозяйства")], "consulting", None,
            "update the web address of 00602005 from 2027-05-15")
    man(name, "change_notice (website)", "kk+ru", "pdf (text layer)",
        "Kazakh and Russian paragraphs; change date written two ways ('2027 жылғы 15 мамырдан', '15.05.2027')")


def v77():
    name = "v77-kyzylorda-sek.eml"
    std = "приказ и.о. Министра здравоохранения РК от 02.04.2027 N КР ДСМ-41"
    body = f"""Коллеги, добрый день.
По 01006003 (санэпидзаключение) новый стандарт:
Стандарт: {std}
Действует с 15.04.2027. Остальное как было.

Нуртазина А.Е.
ДСЭК Кызылординской обл.
"""
    write_eml(name, frm=addr("Нуртазина Айым", "a.nurtazina@kzo-sez.gov.kz", "koi8-r"),
              subject="новый стандарт 01006003", subject_charset="koi8-r", subject_enc="q",
              date=when("2027-04-09 18:40"), msgid="20270409184002.3F1E2@kzo-sez.gov.kz",
              body_part=leaf("text/plain", body.encode("koi8-r"), charset="koi8-r", cte="quoted-printable"),
              extra=["User-Agent: Roundcube Webmail/1.6.6"])
    put_key(name, [change_key("body", [cn("01006003", standard=std)], "2027-04-15")])
    put_ctx(name, {"name": "Департамент санитарно-эпидемиологического контроля Кызылординской области",
                   "email": "kzo@kzo-sez.gov.kz", "bin": "201040019912"},
            [("01006003", "Выдача санитарно-эпидемиологического заключения")], "consulting", None,
            "update the standard of 01006003 (from 2027-04-15)")
    man(name, "change_notice (standard)", "ru", "eml text/plain koi8-r quoted-printable",
        "a terse note with abbreviations; the standard given only as the approving order")


def v78():
    name = "v78-abai-bilim.docx"
    npa = ("приказ Министра просвещения Республики Казахстан от 4 марта 2027 года № 47 «О внесении изменений в "
           "приказ Министра образования и науки Республики Казахстан от 24 апреля 2020 года № 158»")
    url = "https://www.gov.kz/memleket/entities/abay-bilim"
    write_docx(name,
               head_kk="АБАЙ ОБЛЫСЫНЫҢ\nБІЛІМ БАСҚАРМАСЫ",
               head_ru="УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nОБЛАСТИ АБАЙ",
               head_addr="071400, г. Семей, ул. Абая Кунанбаева, 88",
               outno="«22» марта 2027 года  № 05-18/1077",
               blocks=[("r", "Единый контакт-центр"),
                       ("c", "Об изменении сведений по государственной услуге"),
                       ("p", "Управление образования области Абай сообщает об изменении сведений по государственной "
                             "услуге «Прием документов и зачисление детей в дошкольные организации образования» "
                             "(№ 00702003), представленных ранее по форме приложения 1."),
                       ("l", f"Изменения нормативных правовых актов: {npa}."),
                       ("l", f"Интернет-ресурс: {url}"),
                       ("l", "Дата внесения изменений: 18.03.2027."),
                       ("p", "Отказываться от консультирования услугополучателей Единым контакт-центром по данной "
                             "услуге нет оснований: порядок подачи заявления через портал не изменился."),
                       ("l", ""),
                       ("sig", "Руководитель управления", "Е. Қалиасқаров")],
               created="2027-03-22T09:10:00")
    put_key(name, [change_key(name, [cn("00702003", npa=npa, website=url)], "2027-03-18")])
    put_ctx(name, {"name": "Управление образования области Абай", "email": "kanc@abai-bilim.gov.kz", "bin": "220840031145"},
            [("00702003", "Прием документов и зачисление детей в дошкольные организации образования")], "information",
            letter("ЕКЦ-2027/902", "2027-03-10", "Об актуализации сведений по государственным услугам"),
            "record the amending act and the new web address of 00702003 (changed 2027-03-18)")
    man(name, "change_notice (npa + website)", "ru", "docx, bilingual letterhead",
        "labelled lines; negation trap 'Отказываться ... нет оснований'")


def v79():
    name = "v79-zhetisu-vet.eml"
    att_name = "Исх_09-3_511_регламент.docx"
    reg = ("Регламент государственной услуги «Выдача ветеринарно-санитарного заключения на объекты государственного "
           "ветеринарно-санитарного контроля и надзора», утвержденный постановлением акимата области Жетісу от "
           "6 апреля 2027 года № 77")
    att = docx_bytes("tmp-v79.docx",
                     head_kk="ЖЕТІСУ ОБЛЫСЫ ӘКІМДІГІНІҢ\nВЕТЕРИНАРИЯ БАСҚАРМАСЫ",
                     head_ru="УПРАВЛЕНИЕ ВЕТЕРИНАРИИ\nАКИМАТА ОБЛАСТИ ЖЕТІСУ",
                     outno="12.04.2027 № 09-3/511",
                     blocks=[("r", "Единый контакт-центр"),
                             ("p", "Управление ветеринарии акимата области Жетісу сообщает, что по государственной "
                                   "услуге «Выдача ветеринарно-санитарного заключения на объекты государственного "
                                   "ветеринарно-санитарного контроля и надзора» (№ 00901020) утвержден новый регламент:"),
                             ("p", reg + "."),
                             ("p", "Регламент введен в действие с 19 апреля 2027 года. Стандарт государственной "
                                   "услуги не изменился."),
                             ("l", ""),
                             ("sig", "Руководитель управления", "Р. Тұрлыбеков")],
                     created="2027-04-12T10:00:00")
    cover_html = mso("Добрый день!", "Во вложении письмо управления по регламенту госуслуги 00901020.", "",
                     "С уважением,", "канцелярия Управления ветеринарии области Жетісу")
    alt = multipart("alternative", [
        leaf("text/plain", "Добрый день!\nВо вложении письмо управления по регламенту госуслуги 00901020.\n\nС уважением,\nканцелярия Управления ветеринарии области Жетісу\n".encode("utf-8"),
             charset="utf-8", cte="base64"),
        leaf("text/html", html_wrap(cover_html, "utf-8").encode("utf-8"), charset="utf-8", cte="base64")],
        "_002_alt_ZHETISUVET511_")
    body = multipart("mixed", [alt, leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                         att, cte="base64", filename=att_name)], "_003_mixed_ZHETISUVET511_")
    write_eml(name, frm=addr("Канцелярия УВ Жетісу", "kanc@zhetisu-vet.gov.kz"),
              subject="Регламент госуслуги 00901020", date=when("2027-04-12 16:45"),
              msgid="ZHETISUVET511.20270412@zhetisu-vet.gov.kz", body_part=body,
              extra=["X-Mailer: Microsoft Outlook 16.0"])
    put_key(name, [{"part": "body", "kind": "other"},
                   change_key(att_name, [cn("00901020", regulation=reg)], "2027-04-19")])
    put_ctx(name, {"name": "Управление ветеринарии акимата области Жетісу", "email": "kanc@zhetisu-vet.gov.kz",
                   "bin": "220840027719"},
            [("00901020", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля и надзора")],
            "consulting", None, "update the regulation of 00901020 (from 2027-04-19)")
    man(name, "change_notice (regulation)", "ru", "eml multipart/mixed(alternative + .docx with an RFC 2231 Cyrillic name)",
        "nested multipart; covering note is 'other'; the registry number also in the note")


def v80():
    name = "v80-mangystau-madeniet.txt"
    std = ("Стандарт государственной услуги «Выдача свидетельства на право временного вывоза культурных ценностей», "
           "утвержденный приказом Министра культуры и информации Республики Казахстан от 20 мая 2027 года № 164")
    url = "https://www.gov.kz/memleket/entities/mangystau-madeniet/press/article/details/arhiv"
    text = f"""Управление культуры, развития языков и архивного дела Мангистауской области

Исх. № 02-4/1019 от 31.05.2027

Единый контакт-центр

Об изменении сведений по государственным услугам

Управление сообщает об изменении ранее представленных сведений:

1. «Выдача свидетельства на право временного вывоза культурных ценностей» (№ 00706002) – утвержден новый стандарт: {std}. Стандарт вводится в действие с 14 июня 2027 года.

2. «Выдача архивных справок» (№ 00707004) – изменился адрес интернет-ресурса: {url}

Регламенты и изменения НПА по обеим услугам остаются прежними.

Руководитель управления                                   Г. Өтепова
"""
    write_txt(name, text.replace("Өтепова", "Утепова"), "cp1251", crlf=True)
    put_key(name, [change_key(name, [cn("00706002", standard=std), cn("00707004", website=url)])])
    put_ctx(name, {"name": "Управление культуры, развития языков и архивного дела Мангистауской области",
                   "email": "kanc@mangystau-madeniet.gov.kz", "bin": "990740018844"},
            [("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей"),
             ("00707004", "Выдача архивных справок")], "consulting", None,
            "update the standard of 00706002 (from 2027-06-14) and the web address of 00707004")
    man(name, "change_notice (standard + website, two services)", "ru", "txt windows-1251 CRLF",
        "different fields change for different services; a date applies to one service only (change_date not keyed)")


for _f in (v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75,
           v76, v77, v78, v79, v80):
    _f()


# ----------------------------------------------------------------------------- manifest

def write_manifest() -> None:
    lines = ["# Corpus \"viktoria\" (held-out, round 3)", "",
             "80 genuine replies of agencies to the Unified Contact Centre: 12 appointments and 18 replacements of",
             "the responsible person (keyed `responsible_change`), 25 refusals (`refusal`), 25 change notices",
             "(`change_notice`). Each input has `<name>.expected.json` (answer key) and `<name>.context.json`.",
             "Rebuild with `/tmp/cv-viktoria/bin/python make.py` (python-docx, reportlab).", "",
             "Keying conventions: names in the nominative, surname first (a letter's 'Ерлан Болатович Ахметов' is",
             "keyed 'Ахметов Ерлан Болатович'; initials kept as written, 'Омаровой А.К.' -> 'Омарова А.К.'); a position",
             "is keyed only when the letter gives it in the nominative; a phone only when one phone is given;",
             "`effective_date`/`change_date` null when the letter has no date for it, left out when the only date is",
             "that of an order or decree; for bilingual refusals the reason is not keyed; `language` left out for",
             "bilingual documents.", "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for name, kind, lang, fmt, hard in MANIFEST:
        lines.append(f"| `{name}` | {kind} | {lang} | {fmt} | {hard} |")
    (OUT / "MANIFEST.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


write_manifest()
print(f"{len(MANIFEST)} documents written to {OUT}")
