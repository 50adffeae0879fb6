"""Helpers for make.py (aidos, round J). Builders only; every text is written in make.py."""
import json, os, copy
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr
from email import encoders

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

HDR_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
          "Стандарт государственной услуги (с указанием его реквизитов)",
          "Регламент государственной услуги (с указанием его реквизитов)",
          "Изменения нормативных правовых актов",
          "Интернет-ресурс, на котором размещена информация о государственной услуге",
          "Фамилия, имя, отчество, должность ответственного лица"]
HDR_KK = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі",
          "Мемлекеттік көрсетілетін қызметтің атауы",
          "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
          "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
          "Нормативтік құқықтық актілерге енгізілген өзгерістер",
          "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
          "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
HDR_BI = [k + " / " + r for k, r in zip(HDR_KK, HDR_RU)]
HDR_BI[0] = "Р/с № / № п/п"


def S(reg, name, std, regl, npa, web, col8, resp, shown=None):
    """One service: key values + what is written in the cells (shown overrides)."""
    key = {"registry_number": reg, "service_name": name, "standard": std, "regulation": regl,
           "npa_changes": npa, "website": web, "responsible": resp}
    cells = [reg, name, std, regl, npa if npa else "-", web, col8]
    if shown:
        for i, v in shown.items():
            cells[i - 2] = v
    return {"key": key, "cells": cells}


def R(full_name=None, position=None, email=None, phone=None):
    d = {"full_name": full_name, "position": position}
    if email is not None:
        d["email"] = email
    if phone is not None:
        d["phone"] = phone
    return d


def write_key(name, docs, context, exit_code=0):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit_code, "documents": docs}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(context, f, ensure_ascii=False, indent=2)


def form_key(part, lang, svcs, executor=None):
    d = {"part": part, "kind": "appendix1_form", "language": lang,
         "services": [s["key"] for s in svcs]}
    if executor is not None:
        d["executor"] = executor
    return d


def ctx(agency, email, bin_, svcs, awaiting, our, effect, is_reply=True):
    services = []
    for s in svcs:
        if isinstance(s, dict) and "key" in s:
            services.append({"registry_number": s["key"]["registry_number"], "name": s["key"]["service_name"]})
        else:
            services.append({"registry_number": s[0], "name": s[1]})
    return {"agency": {"name": agency, "email": email, "bin": bin_}, "services": services,
            "awaiting": awaiting, "our_letter": our, "expected_effect": effect, "is_reply": is_reply}


# ---------------- DOCX ----------------
def _shade(cell):
    pass


def docx_form(path, svcs, header=HDR_RU, before=(), after=(), colnums=True, merged=False,
              subheaders=None, split_at=None, landscape=True, font_size=9, header_rows_repeat_note=None,
              extra_para_between=None):
    """subheaders: {row_index: text} inserted as a full-width row before that service.
    merged: two-row header, columns 4-6 grouped under a common caption.
    split_at: index of service where table is broken to a second table on a new page."""
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    if landscape:
        sec = doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
        sec.left_margin = sec.right_margin = Cm(1.5)
    for p in before:
        doc.add_paragraph(p)

    def new_table(rows_svcs, start_no, with_header=True):
        t = doc.add_table(rows=0, cols=8)
        t.style = "Table Grid"
        if with_header:
            if merged:
                r1 = t.add_row().cells
                r2 = t.add_row().cells
                cap = merged if isinstance(merged, str) else "Сведения о нормативных правовых актах"
                for i in range(8):
                    if i in (3, 4, 5):
                        r2[i].text = header[i]
                    else:
                        r1[i].text = header[i]
                r1[3].text = cap
                r1[3].merge(r1[5])
                for i in (0, 1, 2, 6, 7):
                    r1[i].merge(r2[i])
            else:
                r = t.add_row().cells
                for i in range(8):
                    r[i].text = header[i]
        if colnums:
            r = t.add_row().cells
            for i in range(8):
                r[i].text = str(i + 1)
        n = start_no
        for idx, s in rows_svcs:
            if subheaders and idx in subheaders:
                r = t.add_row().cells
                r[0].merge(r[7])
                r[0].text = subheaders[idx]
            r = t.add_row().cells
            r[0].text = s.get("no", str(n) + ("." if s.get("dot") else ""))
            for i, v in enumerate(s["cells"]):
                r[i + 1].text = v
            n += 1
        for row in t.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(font_size)
        return n

    items = list(enumerate(svcs))
    if split_at:
        n = new_table(items[:split_at], 1)
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        if extra_para_between:
            doc.add_paragraph(extra_para_between)
        new_table(items[split_at:], n, with_header=False if colnums else True)
    else:
        new_table(items, 1)
    for p in after:
        doc.add_paragraph(p)
    doc.save(path)


def docx_letter(path, paras, table=None, table_font=9):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    for p in paras:
        if p == "<TABLE>" and table:
            t = doc.add_table(rows=0, cols=len(table[0]))
            t.style = "Table Grid"
            for row in table:
                cs = t.add_row().cells
                for i, v in enumerate(row):
                    cs[i].text = v
        else:
            doc.add_paragraph(p)
    doc.save(path)


# ---------------- XLSX ----------------
def xlsx_form(path, svcs, header=HDR_RU, before=(), after=(), colnums=True, merged=False, sheet="Лист1",
              start_row=1, subheaders=None):
    import openpyxl
    from openpyxl.styles import Alignment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    r = start_row
    for p in before:
        ws.cell(row=r, column=1, value=p)
        r += 1
    if merged:
        cap = merged if isinstance(merged, str) else "Нормативные правовые акты"
        for i in range(8):
            if i in (3, 4, 5):
                ws.cell(row=r + 1, column=i + 1, value=header[i])
            else:
                ws.cell(row=r, column=i + 1, value=header[i])
                ws.merge_cells(start_row=r, start_column=i + 1, end_row=r + 1, end_column=i + 1)
        ws.cell(row=r, column=4, value=cap)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
        r += 2
    else:
        for i in range(8):
            ws.cell(row=r, column=i + 1, value=header[i])
        r += 1
    if colnums:
        for i in range(8):
            ws.cell(row=r, column=i + 1, value=i + 1)
        r += 1
    n = 1
    for idx, s in enumerate(svcs):
        if subheaders and idx in subheaders:
            ws.cell(row=r, column=1, value=subheaders[idx])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
        ws.cell(row=r, column=1, value=n)
        for i, v in enumerate(s["cells"]):
            c = ws.cell(row=r, column=i + 2, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
        n += 1
    r += 1
    for p in after:
        ws.cell(row=r, column=2, value=p)
        r += 1
    for col, w in zip("ABCDEFGH", (5, 12, 30, 40, 40, 30, 20, 35)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------- PDF ----------------
def pdf_form(path, svcs, header=HDR_RU, before=(), after=(), colnums=True, font_size=7):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    try:
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    except Exception:
        pass
    cs = ParagraphStyle("c", fontName="DejaVu", fontSize=font_size, leading=font_size + 2)
    ps = ParagraphStyle("p", fontName="DejaVu", fontSize=10, leading=13)
    story = [Paragraph(p, ps) for p in before]
    story.append(Spacer(1, 6))
    hs = ParagraphStyle("h", fontName="DejaVu", fontSize=6, leading=7.5)
    data = [[Paragraph(h, hs) for h in header]]
    if colnums:
        data.append([Paragraph(str(i + 1), cs) for i in range(8)])
    for n, s in enumerate(svcs, 1):
        data.append([Paragraph(str(n), cs)] + [Paragraph(v.replace("\n", "<br/>"), cs) for v in s["cells"]])
    widths = [18, 64, 95, 110, 110, 90, 136, 160]
    for row in data:
        for w, p in zip(widths, row):
            for word in p.text.replace("<br/>", " ").split():
                if pdfmetrics.stringWidth(word, "DejaVu", p.style.fontSize) > w - 6:
                    raise ValueError("word too wide for PDF column: " + word)
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    story.append(Spacer(1, 10))
    story += [Paragraph(p, ps) for p in after]
    SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=20, rightMargin=20).build(story)


def pdf_letter(path, paras):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    except Exception:
        pass
    ps = ParagraphStyle("p", fontName="DejaVu", fontSize=11, leading=15)
    story = []
    for p in paras:
        story.append(Paragraph(p, ps))
        story.append(Spacer(1, 5))
    SimpleDocTemplate(path, pagesize=A4).build(story)


# ---------------- HTML tables ----------------
def html_table(svcs, header=HDR_RU, colnums=True, style="outlook"):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    if style == "outlook":
        td = lambda s: ('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                        '<p class="MsoNormal"><span style="font-size:10.0pt;font-family:&quot;Times New Roman&quot;,serif">'
                        + esc(s) + '</span></p></td>')
        out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    else:
        td = lambda s: '<td style="border:1px solid #999;padding:4px">' + esc(s) + '</td>'
        out = ['<table cellpadding="0" cellspacing="0" style="border-collapse:collapse">']
    out.append("<tr>" + "".join(td(h) for h in header) + "</tr>")
    if colnums:
        out.append("<tr>" + "".join(td(str(i + 1)) for i in range(8)) + "</tr>")
    for n, s in enumerate(svcs, 1):
        out.append("<tr>" + td(str(n)) + "".join(td(v) for v in s["cells"]) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def tsv_table(svcs, header=HDR_RU, colnums=False):
    lines = ["\t".join(header)]
    if colnums:
        lines.append("\t".join(str(i + 1) for i in range(8)))
    for n, s in enumerate(svcs, 1):
        lines.append("\t".join([str(n)] + [v.replace("\n", " ") for v in s["cells"]]))
    return "\n".join(lines)


# ---------------- EML ----------------
def eml(path, frm, to, subject, date, msgid, text=None, html=None, charset="utf-8", attachments=(),
        in_reply_to=None, cte=None, extra_headers=(), wrong_charset_label=None, subj_charset="utf-8",
        mailer=None):
    """text/html bodies; attachments: list of (filename, bytes, maintype, subtype)."""
    def body_part(content, subtype):
        p = MIMEBase("text", subtype)
        if charset.lower() == "koi8-r":
            content = content.replace("№", "N")
        raw = content.encode(charset, errors="replace")
        p.set_payload(raw)
        label = wrong_charset_label or charset
        p.set_param("charset", label) if label else None
        enc = cte or ("quoted-printable" if charset.lower() == "utf-8" else "8bit")
        if enc == "base64":
            encoders.encode_base64(p)
        elif enc == "quoted-printable":
            import quopri
            p.set_payload(quopri.encodestring(raw).decode("ascii"))
            p["Content-Transfer-Encoding"] = "quoted-printable"
        else:
            p.set_payload(raw.decode("ascii", "surrogateescape"))
            p["Content-Transfer-Encoding"] = "8bit"
        if label is None:
            del p["Content-Type"]
            p["Content-Type"] = "text/" + subtype
        return p

    if text is not None and html is not None:
        alt = MIMEMultipart("alternative")
        alt.attach(body_part(text, "plain"))
        alt.attach(body_part(html, "html"))
        body = alt
    elif html is not None:
        body = body_part(html, "html")
    else:
        body = body_part(text or "", "plain")
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for fn, data, mt, st in attachments:
            a = MIMEBase(mt, st)
            a.set_payload(data)
            encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn) if not fn.isascii() else fn)
            if not fn.isascii():
                a.set_param("name", str(Header(fn, "utf-8").encode()))
            else:
                a.set_param("name", fn)
            msg.attach(a)
    else:
        msg = body
    name, addr = frm
    if name:
        try:
            name.encode(subj_charset)
            fcs = subj_charset
        except UnicodeEncodeError:
            fcs = "utf-8"
        msg["From"] = formataddr((name, addr), charset=fcs)
    else:
        msg["From"] = addr
    msg["To"] = to
    try:
        subject.encode(subj_charset)
        msg["Subject"] = Header(subject, subj_charset)
    except UnicodeEncodeError:
        msg["Subject"] = Header(subject, "utf-8")
    msg["Date"] = date
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in extra_headers:
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    with open(path, "wb") as f:
        f.write(msg.as_bytes())


def readbytes(p):
    with open(p, "rb") as f:
        return f.read()


DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX_T = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
PDF_T = ("application", "pdf")
