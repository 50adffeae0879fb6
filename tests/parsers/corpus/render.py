"""A letter's text around its frame (letterhead, subject, signature, quoted request), the typos
people make, and the bytes of each format: text, e-mail (plain, HTML, windows-1251, replies,
forwards), DOCX (a letterhead in a layout table), PDF (reportlab) and XLSX."""

from __future__ import annotations

import io
import random
import re
from collections.abc import Sequence
from email.message import EmailMessage

import docx
from openpyxl import Workbook

from tests.parsers.corpus import vocab as v

TABLE = "[[TABLE]]"
_LOOK = {"о": "o", "а": "a", "е": "e", "с": "c", "р": "p", "х": "x"}
OUR_REQUEST = ("Просим в срок представить информацию по государственной услуге. В случае замены "
               "ответственного лица направьте уведомление с указанием нового ответственного "
               "лица. При отказе укажите причину отказа. Изменения стандарта и регламента "
               "сообщайте. Протокол обучения подпишите.")


def typos(rng: random.Random, frame: str, rate: float = 0.3) -> str:
    """Mistakes in the frame's own words (never in a {slot}): a Latin look-alike letter, a letter
    dropped from a long word, a missing space after a comma, a doubled space."""
    if rng.random() > rate:
        return frame
    parts = re.split(r"(\{\w+\}|\[\[TABLE\]\])", frame)
    for _ in range(rng.randint(1, 2)):
        k = rng.randrange(0, len(parts), 2)
        words = parts[k].split(" ")
        long = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
        if not long:
            continue
        i = rng.choice(long)
        w = words[i]
        kind = rng.randrange(4)
        if kind == 0:
            j = next((j for j, ch in enumerate(w) if ch in _LOOK), None)
            if j is not None:
                w = w[:j] + _LOOK[w[j]] + w[j + 1:]
        elif kind == 1:
            j = rng.randrange(2, len(w) - 2)
            w = w[:j] + w[j + 1:]
        elif kind == 2:
            parts[k] = parts[k].replace(", ", ",", 1)
            continue
        else:
            w = w + " "
        words[i] = w
        parts[k] = " ".join(words)
    return "".join(parts)


def letterhead(rng: random.Random, language: str, subject: str) -> tuple[list[str], list[str]]:
    """(lines above the letter, lines under it)."""
    agency = rng.choice(v.AGENCIES_KK if language == "kk" else v.AGENCIES_RU)
    d = v.some_date(rng)
    top: list[str] = []
    if rng.random() < 0.6:
        top += [agency.upper(), f"{rng.randrange(1, 99)} көшесі" if language == "kk" else
                f"ул. Абая, {rng.randrange(1, 99)}", ""]
        top += [rng.choice([f"Исх. № {rng.randrange(1, 40)}-{rng.randrange(1, 9)}/"
                            f"{rng.randrange(100, 999)} от {d:%d.%m.%Y}",
                            f"№ {rng.randrange(100, 999)} {d:%d.%m.%Y}"]), ""]
        top += [rng.choice(["АО «Единый контакт-центр»", "Единый контакт-центр",
                            "Бірыңғай байланыс орталығы"]), ""]
    if subject and rng.random() < 0.7:
        top += [subject if language == "kk" else
                (subject if subject.startswith(("О", "Об")) else f"Тема: {subject}"), ""]
    bottom = ["", rng.choice(["С уважением,", "Құрметпен,", ""]),
              rng.choice(["Руководитель управления", "Басшы", "Заместитель директора"])
              + "\t\t\t" + v.person(rng).initials]
    if rng.random() < 0.5:
        ex = v.person(rng)
        bottom += ["", f"Исп.: {ex.surname} {ex.given[0]}.", f"Тел.: {ex.phone_written}"]
    return top, bottom


def compose(rng: random.Random, frame: str, slots: dict[str, str], language: str,
            subject: str) -> tuple[str, str]:
    """(the letter's full text, its subject)."""
    body = typos(rng, frame).format(**slots)
    top, bottom = letterhead(rng, language, subject)
    return "\n".join([*top, body, *bottom]), subject


def quoted_reply(rng: random.Random, text: str) -> str:
    style = rng.randrange(3)
    if style == 0:
        return text + "\n\n-----Original Message-----\nFrom: ЕКЦ <info@ekc.gov.kz>\n" \
                      "Sent: Monday, March 2, 2025 10:00 AM\nTo: agency\nSubject: Запрос\n\n" \
            + OUR_REQUEST
    if style == 1:
        return text + "\n\n12.03.2025, 10:00, ЕКЦ <info@ekc.gov.kz> пишет:\n" \
            + "\n".join("> " + line for line in OUR_REQUEST.split(". "))
    return text + "\n\nОт: Единый контакт-центр <info@ekc.gov.kz>\nОтправлено: 2 марта 2025 г." \
                  "\nКому: канцелярия\nТема: Запрос\n\n" + OUR_REQUEST


def eml(rng: random.Random, text: str, subject: str, attachments: Sequence[tuple[str, bytes]]
        = (), html: bool = False, charset: str = "utf-8") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Канцелярия <kanc@" + rng.choice(v.DOMAINS) + ">"
    msg["To"] = "info@ekc.gov.kz"
    msg["Subject"] = subject or "Ответ"
    msg["Message-ID"] = f"<{rng.randrange(10**9)}@agency.gov.kz>"
    if html:
        paras = "".join(f"<p>{line}</p>" for line in text.split("\n"))
        msg.set_content(f"<html><body>{paras}</body></html>", subtype="html", charset=charset)
    else:
        msg.set_content(text, charset=charset,
                        cte=rng.choice(["base64", "quoted-printable", "8bit"])
                        if charset == "utf-8" else "base64")
    for name, data in attachments:
        main, sub = _mime(name)
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return msg.as_bytes()


def forwarded(rng: random.Random, inner: bytes, note: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Канцелярия <kanc@" + rng.choice(v.DOMAINS) + ">"
    msg["To"] = "info@ekc.gov.kz"
    msg["Subject"] = "Fwd: форма"
    msg.set_content(note)
    import email
    import email.policy

    msg.add_attachment(email.message_from_bytes(inner, policy=email.policy.default))
    return msg.as_bytes()


def _mime(name: str) -> tuple[str, str]:
    ext = name.rsplit(".", 1)[-1]
    return {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml."
                                     "document"),
            "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "pdf": ("application", "pdf")}.get(ext, ("application", "octet-stream"))


def _pieces(text: str) -> list[str]:
    return text.split(TABLE)


def docx_bytes(text: str, tables: Sequence[Sequence[Sequence[str]]], letterhead_table: bool,
               after_tables: Sequence[Sequence[Sequence[str]]] = ()) -> bytes:
    d = docx.Document()
    pieces = _pieces(text)
    if letterhead_table:
        t = d.add_table(rows=1, cols=2)
        t.rows[0].cells[0].text = v.AGENCIES_RU[0].upper()
        t.rows[0].cells[1].text = v.AGENCIES_KK[0].upper()
    queue = list(tables)
    for n, piece in enumerate(pieces):
        for line in piece.split("\n"):
            d.add_paragraph(line)
        if n < len(pieces) - 1 and queue:
            _docx_table(d, queue.pop(0))
    for rows in [*queue, *after_tables]:
        _docx_table(d, rows)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _docx_table(d: docx.document.Document, rows: Sequence[Sequence[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            t.rows[i].cells[j].text = value


def pdf_bytes(text: str, tables: Sequence[Sequence[Sequence[str]]],
              after_tables: Sequence[Sequence[Sequence[str]]] = ()) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    style = ParagraphStyle("p", fontName="DejaVu", fontSize=9, leading=11)
    cell = ParagraphStyle("c", fontName="DejaVu", fontSize=6, leading=7)
    out = io.BytesIO()
    wide = any(len(r) > 4 for t in tables for r in t)
    doc = SimpleDocTemplate(out, pagesize=landscape(A4) if wide else A4)
    flow: list = []
    queue = list(tables)
    pieces = _pieces(text)

    def add_table(rows: Sequence[Sequence[str]]) -> None:
        width = (760 if wide else 480) / max(len(r) for r in rows)
        data = [[Paragraph(c.replace("\n", "<br/>"), cell) for c in row] for row in rows]
        table = Table(data, colWidths=[width] * max(len(r) for r in rows))
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        flow.extend([table, Spacer(1, 8)])

    for n, piece in enumerate(pieces):
        for line in piece.split("\n"):
            safe = line.replace("&", "&amp;").replace("<", "&lt;").replace("\t", "    ")
            flow.append(Paragraph(safe or "&nbsp;", style))
        if n < len(pieces) - 1 and queue:
            add_table(queue.pop(0))
    for rows in [*queue, *after_tables]:
        add_table(rows)
    doc.build(flow)
    return out.getvalue()


def xlsx_bytes(text: str, tables: Sequence[Sequence[Sequence[str]]],
               after_tables: Sequence[Sequence[Sequence[str]]] = ()) -> bytes:
    wb = Workbook()
    ws = wb.active
    pieces = _pieces(text)
    queue = list(tables)
    for n, piece in enumerate(pieces):
        for line in piece.split("\n"):
            if line.strip():
                ws.append([line])
        if n < len(pieces) - 1 and queue:
            for row in queue.pop(0):
                ws.append(list(row))
    for rows in [*queue, *after_tables]:
        for row in rows:
            ws.append(list(row))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
