#!/usr/bin/env python3
"""Generator of the 'dina' held-out corpus (round 3d). Every letter's text is written by hand below.
Run with a venv holding python-docx, openpyxl, reportlab:  /tmp/cv-dina/bin/python make.py"""
import os, io, json, base64, quopri, datetime, zlib
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, format_datetime
from email import encoders
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
MANIFEST = []
EKC = 'info@ekc.gov.kz'

# ---------------------------------------------------------------- helpers
def docx_bytes(blocks, landscape_=False, font='Times New Roman', size=12):
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    if landscape_:
        s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == 'b':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif b[0] == 't':
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v is None:
                        continue
                    cell = t.cell(i, j)
                    lines = str(v).split('\n')
                    cell.text = lines[0]
                    for ln in lines[1:]:
                        cell.add_paragraph(ln)
            for (r1, c1, r2, c2) in opt.get('merge', []):
                keep = t.cell(r1, c1).text
                m = t.cell(r1, c1).merge(t.cell(r2, c2))
                # merged cell keeps the first cell's text only
                for p in m.paragraphs[1:]:
                    if not p.text.strip():
                        p._element.getparent().remove(p._element)
            d.add_paragraph('')
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()


def xlsx_bytes(sheets):
    wb = openpyxl.Workbook(); first = True
    for title, rows, opt in sheets:
        ws = wb.active if first else wb.create_sheet(); first = False
        ws.title = title
        for i, r in enumerate(rows, 1):
            for j, v in enumerate(r, 1):
                if v is not None:
                    c = ws.cell(row=i, column=j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical='top')
        for m in opt.get('merge', []):
            ws.merge_cells(m)
        for col, w in opt.get('widths', {}).items():
            ws.column_dimensions[col].width = w
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()


def pdf_bytes(blocks, land=False, fs=9):
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=landscape(A4) if land else A4,
                            leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36)
    ps = ParagraphStyle('n', fontName='DejaVu', fontSize=fs + 1, leading=fs + 4)
    pb = ParagraphStyle('b', fontName='DejaVuB', fontSize=fs + 1, leading=fs + 4)
    pc = ParagraphStyle('c', fontName='DejaVu', fontSize=fs, leading=fs + 2)
    story = []
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br/>')
    for b in blocks:
        if isinstance(b, str):
            story.append(Paragraph(esc(b), ps) if b else Spacer(1, 8))
        elif b[0] == 'b':
            story.append(Paragraph(esc(b[1]), pb))
        elif b[0] == 't':
            rows = [[Paragraph(esc(str(v)) if v is not None else '', pc) for v in r] for r in b[1]]
            opt = b[2] if len(b) > 2 else {}
            t = Table(rows, colWidths=opt.get('widths'), repeatRows=1)
            sty = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
            t.setStyle(TableStyle(sty)); story.append(t); story.append(Spacer(1, 8))
    doc.build(story); return bio.getvalue()


def textpart(text, subtype='plain', charset='utf-8', cte='base64', label='same'):
    raw = text.encode(charset)
    p = MIMEBase('text', subtype)
    if label == 'same':
        p.set_param('charset', charset)
    elif label:
        p.set_param('charset', label)
    if cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    else:
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
        cte = 'quoted-printable'
    p['Content-Transfer-Encoding'] = cte
    return p

MIMES = {'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
         'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
         'pdf': ('application', 'pdf')}

def eml_bytes(frm, subject, date, body=None, html=None, charset='utf-8', cte='base64', label='same',
              atts=(), to=EKC, cc=None, fname_style='rfc2231', extra=None):
    """frm=(name, addr); date = 'YYYY-MM-DD HH:MM'; atts = [(filename, bytes)]"""
    if body is not None and html is not None:
        alt = MIMEMultipart('alternative')
        alt.attach(textpart(body, 'plain', charset, cte, label)); alt.attach(textpart(html, 'html', charset, cte, label))
        main = alt
    elif html is not None:
        main = textpart(html, 'html', charset, cte, label)
    else:
        main = textpart(body, 'plain', charset, cte, label)
    if atts:
        msg = MIMEMultipart('mixed'); msg.attach(main)
        for fn, data in atts:
            mt, st = MIMES[fn.rsplit('.', 1)[1].lower()]
            a = MIMEBase(mt, st); a.set_payload(data); encoders.encode_base64(a)
            if all(ord(ch) < 128 for ch in fn):
                a.add_header('Content-Disposition', 'attachment', filename=fn)
                a.set_param('name', fn)
            elif fname_style == 'rfc2231':
                a.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', fn))
                a.set_param('name', ('utf-8', '', fn))
            else:  # Outlook-style encoded word
                ew = Header(fn, 'utf-8').encode()
                a.add_header('Content-Disposition', 'attachment', filename=ew)
                a.set_param('name', ew)
            msg.attach(a)
    else:
        msg = main
    msg['From'] = formataddr((frm[0], frm[1]), charset='utf-8') if frm[0] else frm[1]
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = Header(subject, 'utf-8').encode()
    dt = datetime.datetime.strptime(date, '%Y-%m-%d %H:%M').replace(tzinfo=datetime.timezone(datetime.timedelta(hours=5)))
    msg['Date'] = format_datetime(dt)
    msg['Message-ID'] = '<%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), zlib.crc32(subject.encode()) % 99991, frm[1].split('@')[1])
    for k, v in (extra or {}).items():
        msg[k] = v
    n = 0
    for part in msg.walk():
        if part is not msg and 'MIME-Version' in part:
            del part['MIME-Version']
        if part.is_multipart():
            n += 1
            part.set_boundary('----=_Part_%d_%d' % (zlib.crc32((subject + date).encode()), n))
    # put the MIME headers after the address headers, as mail clients do
    for h in ('MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'):
        vals = msg.get_all(h)
        if vals:
            del msg[h]
            msg[h] = '1.0' if h == 'MIME-Version' else vals[0]
    return msg.as_bytes()


def case(name, data, docs, ctx, kind, lang, fmt, hard, exit_=0):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump({'exit': exit_, 'documents': docs}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + '.context.json'), 'w', encoding='utf-8') as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, kind, lang, fmt, hard))


def ctx(agency, email, bin_, services, awaiting, our, effect, is_reply=True):
    return {'agency': {'name': agency, 'email': email, 'bin': bin_},
            'services': [{'registry_number': r, 'name': n} for r, n in services],
            'awaiting': awaiting,
            'our_letter': ({'number': our[0], 'date': our[1], 'subject': our[2]} if our else None),
            'expected_effect': effect, 'is_reply': is_reply}


def svc(reg, name=None, std=None, reg_=None, npa=None, web=None, fio=None, pos=None, email=None, phone=None, resp=True):
    d = {'registry_number': reg, 'service_name': name, 'standard': std, 'regulation': reg_,
         'npa_changes': npa, 'website': web}
    if resp:
        d['responsible'] = {'full_name': fio, 'position': pos, 'email': email, 'phone': phone}
    return d


def only(reg, **kw):
    d = {'registry_number': reg}
    d.update(kw); return d

# ================================================================ APPENDIX 1 FORMS
H8 = ['№ п/п', '№ государственной услуги в реестре', 'Наименование государственной услуги',
      'Стандарт государственной услуги (с указанием его реквизитов)',
      'Регламент государственной услуги (с указанием его реквизитов)',
      'Изменения нормативных правовых актов',
      'Интернет-ресурс, на котором размещена информация о государственной услуге',
      'Фамилия, имя, отчество, должность ответственного лица']

def f01():
    ag = ('ГУ «Управление здравоохранения Карагандинской области»', 'densaulyk@karaganda.gov.kz', '990140002318')
    s1 = ('00801014', 'Выдача справки с психоневрологической организации')
    s2 = ('00801015', 'Выдача справки с наркологической организации')
    s3 = ('00801022', 'Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь')
    std = lambda n, d: f'Стандарт государственной услуги «{n}», утвержден приказом Министра здравоохранения Республики Казахстан от {d}'
    rows = [H8, ['1', '2', '3', '4', '5', '6', '7', '8'],
            ['1', s1[0], s1[1], std(s1[1], '27 апреля 2026 года № 272'),
             'Регламент государственной услуги «Выдача справки с психоневрологической организации», утвержден постановлением акимата Карагандинской области от 14 июля 2026 года № 41/03',
             '-', 'www.densaulyk.karaganda.gov.kz',
             'Тулегенова Салтанат Ерлановна, главный специалист отдела организации медицинской помощи, тел. 8 (7212) 56-14-90, e-mail: s.tulegenova@densaulyk.karaganda.gov.kz'],
            ['2', s2[0], s2[1], std(s2[1], '27 апреля 2026 года № 272'),
             'Регламент государственной услуги «Выдача справки с наркологической организации», утвержден постановлением акимата Карагандинской области от 14 июля 2026 года № 41/04',
             '-', 'www.densaulyk.karaganda.gov.kz',
             'Тулегенова Салтанат Ерлановна, главный специалист отдела организации медицинской помощи, тел. 8 (7212) 56-14-90, e-mail: s.tulegenova@densaulyk.karaganda.gov.kz'],
            ['3', s3[0], s3[1], std(s3[1], '5 мая 2026 года № 301'),
             'Регламент государственной услуги «Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь», утвержден постановлением акимата Карагандинской области от 2 августа 2026 года № 47/11',
             'Приказ Министра здравоохранения Республики Казахстан от 19 октября 2026 года № 611 «О внесении изменения в приказ Министра здравоохранения Республики Казахстан от 5 мая 2026 года № 301»',
             'www.egov.kz, www.densaulyk.karaganda.gov.kz',
             'Жакупов Ринат Маратович, руководитель отдела ПМСП, тел. 8 (7212) 56-20-17, e-mail: r.zhakupov@densaulyk.karaganda.gov.kz']]
    data = docx_bytes(['Приложение 1', 'к Правилам взаимодействия Единого контакт-центра', '',
                       ('b', 'Запрос о предоставлении информации о государственной услуге'),
                       ('t', [r[:7] + [None] if i == 3 else r for i, r in enumerate(rows)], {'merge': [(2, 7, 3, 7)]}),
                       'Ф.И.О. ответственного исполнителя: Бекова Ажар Нурлановна',
                       'Дата: « 05 » февраля 2027 г.'], landscape_=True, size=10)
    R = lambda f, p, e, ph: dict(fio=f, pos=p, email=e, phone=ph)
    a = R('Тулегенова Салтанат Ерлановна', 'главный специалист отдела организации медицинской помощи', 's.tulegenova@densaulyk.karaganda.gov.kz', '87212561490')
    docs = [{'part': 'd01-forma-zdrav-karaganda.docx', 'kind': 'appendix1_form', 'language': 'ru',
             'services': [svc(s1[0], s1[1], rows[2][3], rows[2][4], None, 'www.densaulyk.karaganda.gov.kz', **a),
                          svc(s2[0], s2[1], rows[3][3], rows[3][4], None, 'www.densaulyk.karaganda.gov.kz', **a),
                          svc(s3[0], s3[1], rows[4][3], rows[4][4], rows[4][5], 'www.egov.kz, www.densaulyk.karaganda.gov.kz',
                              **R('Жакупов Ринат Маратович', 'руководитель отдела ПМСП', 'r.zhakupov@densaulyk.karaganda.gov.kz', '87212562017'))],
             'executor': {'full_name': 'Бекова Ажар Нурлановна', 'date': '2027-02-05'}}]
    case('d01-forma-zdrav-karaganda.docx', data, docs,
         ctx(*ag, [s1, s2, s3], 'information', ('ЕКЦ-2027/118', '2027-01-28', 'О представлении информации по государственным услугам'),
             'fill the three services with columns 2-8 and move them to awaiting protocol'),
         'appendix1_form', 'ru', 'docx', 'column-number row; column 8 merged vertically over services 1-2 (one person for both); two web addresses in one cell')

def f02():
    ag = ('Жарма ауданы әкімдігінің «Жер қатынастары бөлімі» ММ', 'zher@zharma.abay.gov.kz', '120340018852')
    s1 = ('01601003', 'Жер учаскесін сатып алу-сату шартын жасасу')
    s2 = ('01601009', 'Жер учаскесіне сәйкестендіру құжаттарын дайындау')
    hk = ['Р/с №', 'Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі', 'Мемлекеттік көрсетілетін қызметтің атауы',
          'Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)',
          'Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)',
          'Нормативтік құқықтық актілердің өзгерістері',
          'Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс',
          'Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы']
    st1 = 'Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 1 қазандағы № 388 бұйрығымен бекітілген «Жер учаскесін сатып алу-сату шартын жасасу» мемлекеттік көрсетілетін қызмет стандарты'
    rg1 = 'Абай облысы әкімдігінің 2026 жылғы 20 қарашадағы № 214 қаулысымен бекітілген регламент'
    st2 = 'Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 1 қазандағы № 388 бұйрығымен бекітілген «Жер учаскесіне сәйкестендіру құжаттарын дайындау» мемлекеттік көрсетілетін қызмет стандарты'
    rg2 = 'Абай облысы әкімдігінің 2026 жылғы 20 қарашадағы № 215 қаулысымен бекітілген регламент'
    c8 = 'Оспанова Гүлназ Серікқызы\nбөлімнің бас маманы\n8 (72347) 2-14-58\ng.ospanova@zharma.abay.gov.kz'
    rows = [hk, ['1', s1[0], s1[1], st1, rg1, '—', 'zharma.abay.gov.kz', c8],
            ['2', s2[0], s2[1], st2, rg2, '—', 'zharma.abay.gov.kz', c8]]
    data = docx_bytes(['1-қосымша', ('b', 'Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу'),
                       ('t', rows), 'Жауапты орындаушының Т.А.Ә.: Әбдірахманов Нұрлан Қайратұлы',
                       'Күні: 2027 жылғы 9 ақпан'], landscape_=True, size=10)
    p = dict(fio='Оспанова Гүлназ Серікқызы', pos='бөлімнің бас маманы', email='g.ospanova@zharma.abay.gov.kz', phone='87234721458')
    docs = [{'part': 'd02-nysan-1-zher.docx', 'kind': 'appendix1_form', 'language': 'kk',
             'services': [svc(s1[0], s1[1], st1, rg1, None, 'zharma.abay.gov.kz', **p),
                          svc(s2[0], s2[1], st2, rg2, None, 'zharma.abay.gov.kz', **p)],
             'executor': {'full_name': 'Әбдірахманов Нұрлан Қайратұлы', 'date': '2027-02-09'}}]
    case('d02-nysan-1-zher.docx', data, docs,
         ctx(*ag, [s1, s2], 'information', ('ЕКЦ-2027/131', '2027-02-02', 'Мемлекеттік көрсетілетін қызметтер бойынша ақпарат беру туралы'),
             'fill both services from the Kazakh form'),
         'appendix1_form', 'kk', 'docx', 'Kazakh headers; column 8 as four lines (name / position / phone / e-mail); em-dash in column 6')

def f03():
    ag = ('Департамент юстиции города Шымкент', 'shymkent@adilet.gov.kz', '041240009912')
    s = ('00502007', 'Государственная регистрация актов гражданского состояния (рождение)')
    std = 'Правила оказания государственной услуги «Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния», утверждены приказом Министра юстиции Республики Казахстан от 3 ноября 2026 года № 912'
    c8 = 'Ким Александра Викторовна — главный эксперт управления регистрации актов гражданского состояния\nтел./e-mail: +7 (7252) 53-71-04 / a.kim@adilet.gov.kz'
    rows = [H8, ['1', s[0], s[1], std, 'не требуется', '', 'https://www.gov.kz/memleket/entities/adilet', c8]]
    att = docx_bytes([('b', 'Информация о государственной услуге'), ('t', rows),
                      'Исполнитель: Омаров Данияр Бахытович', 'Дата: 10.02.2027'], landscape_=True, size=10)
    body = """Добрый день!

Направляем заполненную форму по Вашему запросу. Регламент по данной услуге в настоящее время не утверждается (услуга оказывается по Правилам).

С уважением,
Омаров Данияр
отдел организационно-контрольной работы
Департамент юстиции г. Шымкент
8 (7252) 53-70-11

-----Original Message-----
From: Единый контакт-центр <info@ekc.gov.kz>
Sent: Tuesday, February 3, 2027 10:12 AM
To: shymkent@adilet.gov.kz
Subject: ЕКЦ-2027/140 Запрос информации по государственной услуге 00502007

Уважаемые коллеги!
В соответствии с пунктом 4 Правил взаимодействия Единого контакт-центра просим в течение пяти рабочих дней представить информацию по государственной услуге № 00502007 по прилагаемой форме (Приложение 1).
"""
    data = eml_bytes(('Омаров Данияр', 'shymkent@adilet.gov.kz'), 'RE: ЕКЦ-2027/140 Запрос информации по государственной услуге 00502007',
                     '2027-02-10 16:41', body, atts=[('forma_00502007.docx', att)])
    docs = [{'part': 'forma_00502007.docx', 'kind': 'appendix1_form', 'language': 'ru',
             'services': [svc(s[0], s[1], std, 'не требуется', None, 'https://www.gov.kz/memleket/entities/adilet',
                              fio='Ким Александра Викторовна', pos='главный эксперт управления регистрации актов гражданского состояния',
                              email='a.kim@adilet.gov.kz', phone='+77252537104')],
             'executor': {'full_name': 'Омаров Данияр Бахытович', 'date': '2027-02-10'}}]
    case('d03-re-zapros-adilet.eml', data, docs,
         ctx(*ag, [s], 'information', ('ЕКЦ-2027/140', '2027-02-03', 'Запрос информации по государственной услуге 00502007'),
             'fill service 00502007 and await protocol'),
         'appendix1_form', 'ru', 'eml+docx', 'our request quoted under reply; column 8 with "тел./e-mail" label; column 5 holds text "не требуется" rather than a dash; empty column 6')

def f04():
    ag = ('ГУ «Управление образования Павлодарской области»', 'edu@pavlodar.gov.kz', '990240005617')
    S = [('00601021', 'Прием документов и зачисление детей в дошкольные организации'),
         ('00601034', 'Выдача дубликатов документов об основном среднем, общем среднем образовании'),
         ('00601040', 'Прием документов и выдача направлений на предоставление отдыха детям из малообеспеченных семей в загородных и пришкольных лагерях'),
         ('00601052', 'Предоставление бесплатного питания отдельным категориям обучающихся'),
         ('00601077', 'Выдача разрешения на обучение в форме экстерната')]
    STD = ['приказ Министра просвещения РК от 24.04.2026 № 171 (приложение 2)',
           'приказ Министра просвещения РК от 24.04.2026 № 171 (приложение 5)',
           'приказ Министра просвещения РК от 12.06.2026 № 240',
           'приказ Министра просвещения РК от 12.06.2026 № 241',
           'приказ Министра просвещения РК от 30.09.2026 № 377']
    REG = ['постановление акимата Павлодарской области от 08.08.2026 № 190/5',
           'постановление акимата Павлодарской области от 08.08.2026 № 190/5',
           None, None, None]
    NPA = [None, 'приказ МП РК от 02.11.2026 № 412 о внесении изменений в приказ № 171', None, None, None]
    WEB = 'https://www.gov.kz/memleket/entities/pavlodar-bilim'
    P = [('Нурмагамбетова Динара Касымовна', 'методист отдела дошкольного образования', '8 (7182) 32-45-67', None),
         ('Шевченко Ольга Петровна', 'главный специалист отдела среднего образования', '8 (7182) 32-45-12', 'o.shevchenko@pavlodar-bilim.kz'),
         ('Шевченко Ольга Петровна', 'главный специалист отдела среднего образования', '8 (7182) 32-45-12', 'o.shevchenko@pavlodar-bilim.kz'),
         ('Кабдулов Арман', 'руководитель отдела воспитательной работы', '8 (7182) 32-40-03', 'a.kabdulov@pavlodar-bilim.kz'),
         ('Шевченко Ольга Петровна', 'главный специалист отдела среднего образования', '8 (7182) 32-45-12', 'o.shevchenko@pavlodar-bilim.kz')]
    def c8(p):
        s = f'{p[0]}, {p[1]}, {p[2]}'
        return s + (f', {p[3]}' if p[3] else '')
    rows = [['Информация по государственным услугам (приложение 1 к Правилам взаимодействия ЕКЦ)'], [],
            ['№ п/п', '№ услуги в Реестре', 'Наименование государственной услуги', 'Реквизиты нормативных правовых актов', None, None,
             'Интернет-ресурс', 'Ответственное лицо (Ф.И.О., должность)'],
            [None, None, None, 'Стандарт', 'Регламент', 'Изменения НПА', None, None],
            [1, 2, 3, 4, 5, 6, 7, 8]]
    for i, (s, st, rg, n, p) in enumerate(zip(S, STD, REG, NPA, P), 1):
        rows.append([i, s[0], s[1], st, rg or '-', n or '-', WEB, c8(p)])
    rows += [[], [None, 'Исполнитель: Сагындыкова Айым Жумабековна, тел. 32-11-09'], [None, 'Дата: 11 февраля 2027 г.']]
    att = xlsx_bytes([('Лист1', rows, {'merge': ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4', 'H3:H4'],
                                       'widths': {'C': 40, 'D': 30, 'E': 30, 'F': 30, 'G': 25, 'H': 45}})])
    body = ('Здравствуйте.\r\nНа исх. ЕКЦ-2027/152 от 04.02.2027 направляем сведения по пяти государственным услугам '
            'Управления образования (файл во вложении). По услугам 00601040, 00601052, 00601077 регламенты не утверждались.\r\n\r\n'
            'Сагындыкова А.Ж.\r\nотдел мониторинга и государственных услуг\r\n'
            '--\r\nЭто сообщение и любые приложения к нему являются конфиденциальными и предназначены исключительно для адресата.')
    data = eml_bytes(('Сагындыкова Айым', 'edu@pavlodar.gov.kz'), 'Ответ на запрос ЕКЦ-2027/152 (5 услуг)', '2027-02-11 11:05',
                     body, charset='windows-1251', cte='qp', atts=[('Prilozhenie_1_obrazovanie.xlsx', att)])
    svcs = []
    for s, st, rg, n, p in zip(S, STD, REG, NPA, P):
        svcs.append(svc(s[0], s[1], st, rg, n, WEB, fio=p[0], pos=p[1], email=p[3], phone=p[2]))
    docs = [{'part': 'Prilozhenie_1_obrazovanie.xlsx', 'kind': 'appendix1_form', 'language': 'ru', 'services': svcs,
             'executor': {'full_name': 'Сагындыкова Айым Жумабековна', 'date': '2027-02-11'}}]
    case('d04-obrazovanie-5-uslug.eml', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/152', '2027-02-04', 'О представлении информации по государственным услугам'),
             'fill the five services; three have no regulation'),
         'appendix1_form', 'ru', 'eml+xlsx', 'windows-1251 quoted-printable body; header over two rows with merged group "Реквизиты"; title row above; one person without e-mail; one name without patronymic')

def f05():
    ag = ('Алматы облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы', 'enbek@almobl.gov.kz', '981140001276')
    S = [('02201005', 'Жұмыссыз ретінде тіркеу'),
         ('02201012', 'Атаулы әлеуметтік көмек тағайындау'),
         ('02201019', 'Мүгедектігі бар балаларды үйде оқытуға жұмсалған шығындарды өтеу'),
         ('02201030', 'Жерлеуге әлеуметтік төлем тағайындау')]
    STD = ['ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 14 сәуірдегі № 118 бұйрығы',
           'ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 14 сәуірдегі № 119 бұйрығы',
           'ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 3 маусымдағы № 201 бұйрығы',
           'ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 3 маусымдағы № 204 бұйрығы']
    REG = ['Алматы облысы әкімдігінің 2026 жылғы 7 тамыздағы № 288 қаулысы'] * 2 + ['Алматы облысы әкімдігінің 2026 жылғы 7 тамыздағы № 289 қаулысы'] * 2
    NPA = ['-', 'ҚР ЕХӘҚМ 2026 жылғы 30 қыркүйектегі № 355 бұйрығы (өзгерістер енгізу туралы)', '-', '-']
    P1 = ('Сәрсенбаев Ерболат Маратұлы', 'бөлім басшысы', '8 (7282) 41-09-33', 'e.sarsenbayev@enbek.almobl.gov.kz')
    P2 = ('Төлеуова Ләззат Асқарқызы', 'бас маман', '8 (7282) 41-09-47', 'l.toleuova@enbek.almobl.gov.kz')
    P = [P1, P2, P2, P1]
    NOTE = ['', 'электрондық түрде де көрсетіледі', 'тек қағаз түрінде', '']
    hdr = ['№', 'Тізілімдегі нөмірі', 'Мемлекеттік көрсетілетін қызметтің атауы', 'Стандарт (деректемелері)',
           'Регламент (деректемелері)', 'НҚА өзгерістері', 'Интернет-ресурс', 'Жауапты тұлғаның Т.А.Ә., лауазымы', 'Ескерту']
    rows = [[None, None, None, None, None, None, None, '1-қосымша'], hdr]
    for i in range(4):
        p = P[i]
        rows.append([i + 1, S[i][0], S[i][1], STD[i], REG[i], NPA[i], 'www.gov.kz/memleket/entities/almobl-enbek',
                     f'{p[0]} – {p[1]}, тел.: {p[2]}, эл.пошта: {p[3]}', NOTE[i]])
    rows += [[], ['Орындаған: Жақсылықова Мөлдір Ерланқызы'], ['2027 жылғы 5 ақпан']]
    data = xlsx_bytes([('Нысан', rows, {'widths': {'C': 35, 'D': 35, 'E': 30, 'F': 30, 'G': 28, 'H': 45, 'I': 20}})])
    svcs = [svc(S[i][0], S[i][1], STD[i], REG[i], None if NPA[i] == '-' else NPA[i], 'www.gov.kz/memleket/entities/almobl-enbek',
                fio=P[i][0], pos=P[i][1], phone=P[i][2], email=P[i][3]) for i in range(4)]
    docs = [{'part': 'd05-almobl-enbek.xlsx', 'kind': 'appendix1_form', 'language': 'kk', 'services': svcs,
             'executor': {'full_name': 'Жақсылықова Мөлдір Ерланқызы', 'date': '2027-02-05'}}]
    case('d05-almobl-enbek.xlsx', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/127', '2027-01-30', 'Ақпарат беру туралы сұрау салу'),
             'fill the four services'),
         'appendix1_form', 'kk', 'xlsx', 'Kazakh short headers; extra ninth column "Ескерту"; Kazakh labels "тел.:" "эл.пошта:"; date on its own row without label')

def f06():
    ag = ('Комитет государственных доходов Министерства финансов Республики Казахстан', 'kgd@kgd.minfin.gov.kz', '010440003241')
    S = [('00401088', 'Регистрационный учет лица, занимающегося частной практикой'),
         ('00401093', 'Выдача справки о суммах полученных доходов из источников в Республике Казахстан и удержанных (уплаченных) налогов')]
    STD = ['Приказ Министра финансов Республики Казахстан от 10 июля 2026 года № 650 «Об утверждении правил оказания государственных услуг в сфере налогообложения», приложение 14',
           'Приказ Министра финансов Республики Казахстан от 10 июля 2026 года № 650, приложение 21']
    hdr = ['№ п/п', '№ в реестре', 'Наименование государственной услуги', 'Стандарт государственной услуги (реквизиты)',
           'Регламент (реквизиты)', 'Изменения НПА', 'Интернет-ресурс', 'Ф.И.О., должность ответственного лица']
    rows = [hdr, ['1', S[0][0], S[0][1], STD[0], '—', '—', 'kgd.gov.kz',
                 'Рахимжанов Бауыржан Серикович, главный эксперт Управления государственных услуг Департамента методологии, 8 (7172) 71-82-34, b.rakhimzhanov@kgd.minfin.gov.kz'],
            ['2', S[1][0], S[1][1], STD[1], '—',
             'Приказ Министра финансов Республики Казахстан от 2 декабря 2026 года № 1104 «О внесении изменений в приказ Министра финансов Республики Казахстан от 10 июля 2026 года № 650»',
             'kgd.gov.kz', 'Есімбекова Жанар, эксперт, 8 (7172) 71-85-02, zh.esimbekova@kgd.minfin.gov.kz']]
    data = pdf_bytes(['КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ', 'МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН', '',
                      ('b', 'Информация о государственных услугах'), ('t', rows, {'widths': [28, 62, 92, 126, 66, 116, 76, 204]}),
                      'Ответственный исполнитель: Рахимжанов Б.С.', 'Дата: «16» февраля 2027 г.'], land=True, fs=7)
    docs = [{'part': 'd06-kgd-2-uslugi.pdf', 'kind': 'appendix1_form', 'language': 'ru',
             'services': [svc(S[0][0], S[0][1], STD[0], None, None, 'kgd.gov.kz', fio='Рахимжанов Бауыржан Серикович',
                              pos='главный эксперт Управления государственных услуг Департамента методологии', phone='87172718234', email='b.rakhimzhanov@kgd.minfin.gov.kz'),
                          svc(S[1][0], S[1][1], STD[1], None, rows[2][5], 'kgd.gov.kz', fio='Есімбекова Жанар', pos='эксперт',
                              phone='87172718502', email='zh.esimbekova@kgd.minfin.gov.kz')],
             'executor': {'full_name': 'Рахимжанов Б.С.', 'date': '2027-02-16'}}]
    case('d06-kgd-2-uslugi.pdf', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/160', '2027-02-09', 'Запрос информации о государственных услугах'),
             'fill both services'),
         'appendix1_form', 'ru', 'pdf', 'ruled PDF table in landscape with long wrapped cells; em-dashes for empty columns; executor given with initials; name without patronymic')

def f07():
    ag = ('ГУ «Управление архитектуры и градостроительства города Астаны»', 'sauleti@astana.gov.kz', '080240017733')
    S = [('01204015', 'Выдача архитектурно-планировочного задания (АПЗ) и технических условий'),
         ('01204022', 'Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий')]
    STD = ['Приказ Министра промышленности и строительства РК от 6 мая 2026 года № 188 «Об утверждении Правил оказания государственных услуг в сфере архитектурной, градостроительной и строительной деятельности»'] * 2
    WEB = ['www.astana.gov.kz', 'www.astana.gov.kz']
    def tr(cells):
        return '<tr>' + ''.join(f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">{c}</td>' for c in cells) + '</tr>\n'
    c8a = '<p class=MsoNormal>Исмаилов Тимур Айдарович<o:p></o:p></p><p class=MsoNormal>главный специалист отдела выдачи разрешительных документов<o:p></o:p></p><p class=MsoNormal>тел.: 8 (7172) 55-67-12<o:p></o:p></p><p class=MsoNormal><a href="mailto:t.ismailov@sauleti.astana.kz">t.ismailov@sauleti.astana.kz</a></p>'
    c8b = '<p class=MsoNormal>Байжанова Алия Кайратовна<o:p></o:p></p><p class=MsoNormal>ведущий специалист<o:p></o:p></p><p class=MsoNormal>тел.: 8 (7172) 55-67-40<o:p></o:p></p>'
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang=RU>'
            '<div class=WordSection1><p class=MsoNormal>Добрый день, уважаемые коллеги!<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            '<p class=MsoNormal>Во исполнение письма ЕКЦ-2027/166 от 10.02.2027 представляем информацию по формe Приложения 1:<o:p></o:p></p>'
            '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">\n'
            + tr(['<b>№</b>', '<b>№ гос. услуги в реестре</b>', '<b>Наименование государственной услуги</b>', '<b>Стандарт (реквизиты)</b>',
                  '<b>Регламент (реквизиты)</b>', '<b>Изменения НПА</b>', '<b>Интернет-ресурс</b>', '<b>ФИО, должность ответственного лица</b>'])
            + tr(['1', S[0][0], S[0][1], STD[0], '-', '-', WEB[0], c8a])
            + tr(['2', S[1][0], S[1][1], STD[1], '-', '-', WEB[1], c8b])
            + '</table><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Исполнитель: Исмаилов Т.А.<o:p></o:p></p>'
            '<p class=MsoNormal>13.02.2027<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            '<p class=MsoNormal><span style="color:#1F497D">С уважением,<br>Исмаилов Тимур<br>ГУ «Управление архитектуры и градостроительства города Астаны»<br>010000, г. Астана, пр. Бейбітшілік, 11</span></p></div></body></html>')
    data = eml_bytes(('Исмаилов Тимур Айдарович', 'sauleti@astana.gov.kz'), 'RE: ЕКЦ-2027/166', '2027-02-13 09:52', html=html,
                     extra={'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Topic': 'ЕКЦ-2027/166'})
    docs = [{'part': 'body', 'kind': 'appendix1_form', 'language': 'ru',
             'services': [svc(S[0][0], S[0][1], STD[0], None, None, WEB[0], fio='Исмаилов Тимур Айдарович',
                              pos='главный специалист отдела выдачи разрешительных документов', phone='87172556712', email='t.ismailov@sauleti.astana.kz'),
                          svc(S[1][0], S[1][1], STD[1], None, None, WEB[1], fio='Байжанова Алия Кайратовна', pos='ведущий специалист',
                              phone='87172556740', email=None)],
             'executor': {'full_name': 'Исмаилов Т.А.', 'date': '2027-02-13'}}]
    case('d07-apz-html-table.eml', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/166', '2027-02-10', 'Запрос информации по государственным услугам'),
             'fill both services from the HTML table in the body'),
         'appendix1_form', 'ru', 'eml (html only)', 'Outlook HTML-only body with the form as an HTML table; column 8 as <p> lines with mailto link; second person without e-mail')

def f08():
    ag = ('Аппарат акима Караойского сельского округа Илийского района', 'karaoy@ili.almobl.gov.kz', '060540011190')
    s = ('03101002', 'Выдача справки о наличии личного подсобного хозяйства')
    std = 'Приказ Министра сельского хозяйства РК от 1 июня 2026 года N 214'
    body = ('Уважаемый Единый контакт-центр!\n\n'
            'Ниже таблица по услуге (в Ворд не получилось приложить, у нас почта не пропускает вложения):\n\n'
            'N\tN в реестре\tНаименование\tСтандарт\tРегламент\tИзменения НПА\tИнтернет-ресурс\tФИО, должность\n'
            f'1\t{s[0]}\t{s[1]}\t{std}\t-\t-\tili.almobl.gov.kz\tМусабекова Гульмира Токтаровна, главный специалист аппарата акима, 8 (72752) 3-41-27\n\n'
            'исп. Мусабекова Г.Т.\n'
            '17.02.2027 г.\n\n'
            'С уважением, аппарат акима Караойского с/о\n')
    data = eml_bytes(('', 'karaoy@ili.almobl.gov.kz'), 'информация по услуге 03101002', '2027-02-17 15:20', body,
                     charset='koi8-r', cte='qp')
    docs = [{'part': 'body', 'kind': 'appendix1_form', 'language': 'ru',
             'services': [svc(s[0], s[1], std, None, None, 'ili.almobl.gov.kz', fio='Мусабекова Гульмира Токтаровна',
                              pos='главный специалист аппарата акима', phone='872752334127'.replace('872752334127', '87275234127'), email=None)],
             'executor': {'full_name': 'Мусабекова Г.Т.', 'date': '2027-02-17'}}]
    case('d08-selo-tab-table.eml', data, docs,
         ctx(*ag, [s], 'information', ('ЕКЦ-2027/171', '2027-02-12', 'О представлении информации (приложение 1)'),
             'fill service 03101002 from the tab-separated table in the plain body'),
         'appendix1_form', 'ru', 'eml (plain)', 'koi8-r quoted-printable; the table pasted as tab-separated text; sender without display name')

def f09():
    ag = ('Комитет миграционной службы Министерства внутренних дел Республики Казахстан', 'kms@mvd.gov.kz', '130340021107')
    S = [('00302101', 'Выдача разрешений на временное проживание иностранцам и лицам без гражданства'),
         ('00302102', 'Выдача разрешений на постоянное проживание иностранцам и лицам без гражданства'),
         ('00302105', 'Регистрация иностранцев и лиц без гражданства по месту временного пребывания'),
         ('00302108', 'Продление сроков временного пребывания иностранцев и лиц без гражданства'),
         ('00302110', 'Выдача приглашений на въезд в Республику Казахстан'),
         ('00302112', 'Выдача свидетельства на возвращение в Республику Казахстан'),
         ('00302115', 'Присвоение или продление статуса кандаса'),
         ('00302119', 'Выдача удостоверения лица без гражданства')]
    NUM = ['№ 410', '№ 410', '№ 411', '№ 411', '№ 415', '№ 418', '№ 420', '№ 418']
    FORM = ['бумажная / электронная', 'бумажная', 'электронная', 'электронная', 'электронная', 'бумажная', 'бумажная', 'бумажная']
    PA = ('Жунусов Ерлан Касенович', 'заместитель начальника Управления организации миграционного контроля')
    PB = ('Ли Наталья Геннадьевна', 'старший инспектор Управления документирования')
    P = [PA, PA, PA, PA, PA, PB, PA, PB]
    NPA = {2: 'Приказ МВД РК от 14.11.2026 № 901 «О внесении изменений в приказ МВД РК от 29.05.2026 № 411»',
           3: 'Приказ МВД РК от 14.11.2026 № 901 «О внесении изменений в приказ МВД РК от 29.05.2026 № 411»'}
    hdr = ['№ п/п', '№ в Реестре гос. услуг', 'Наименование государственной услуги', 'Форма оказания',
           'Стандарт государственной услуги (реквизиты)', 'Регламент государственной услуги (реквизиты)',
           'Изменения в НПА', 'Интернет-ресурс', 'Ф.И.О., должность ответственного лица', 'Примечание']
    rows = [hdr]
    svcs = []
    for i, s in enumerate(S):
        std = f'Приказ Министра внутренних дел Республики Казахстан от 29 мая 2026 года {NUM[i]}' if NUM[i] in ('№ 410', '№ 411') else \
              f'Приказ Министра внутренних дел Республики Казахстан от 3 июня 2026 года {NUM[i]}'
        npa = NPA.get(i)
        note = 'через портал «электронного правительства»' if FORM[i] == 'электронная' else ''
        rows.append([str(i + 1), s[0], s[1], FORM[i], std, '', npa or '', 'www.gov.kz/memleket/entities/qriim', f'{P[i][0]},\n{P[i][1]}', note])
        d = svc(s[0], s[1], std, None, npa, 'www.gov.kz/memleket/entities/qriim', fio=P[i][0], pos=P[i][1])
        d['responsible'] = {'full_name': P[i][0], 'position': P[i][1]}  # phones are only in a note under the table: not keyed
        svcs.append(d)
    data = docx_bytes(['МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН', 'КОМИТЕТ МИГРАЦИОННОЙ СЛУЖБЫ', '',
                       ('b', 'Сведения о государственных услугах, оказываемых Комитетом миграционной службы МВД РК'),
                       ('t', rows),
                       'Контактные данные ответственных лиц: Жунусов Е.К. — 8 (7172) 71-33-05; Ли Н.Г. — 8 (7172) 71-34-18.',
                       'Ответственный исполнитель: Сейтказина Меруерт Абаевна',
                       'Дата: «19» февраля 2027 г.'], landscape_=True, size=9)
    docs = [{'part': 'd09-kms-8-uslug.docx', 'kind': 'appendix1_form', 'language': 'ru', 'services': svcs,
             'executor': {'full_name': 'Сейтказина Меруерт Абаевна', 'date': '2027-02-19'}}]
    case('d09-kms-8-uslug.docx', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/174', '2027-02-13', 'О представлении информации по государственным услугам КМС МВД РК'),
             'fill all eight services'),
         'appendix1_form', 'ru', 'docx', 'eight services; two extra columns ("Форма оказания" after column 3 and "Примечание" at the end); column 8 without phone/e-mail (phones given in a note under the table, not in the cell; phone/e-mail not keyed); empty regulation cells')

def f10():
    ag = ('ГУ «Управление ветеринарии акимата Костанайской области»', 'vet@kostanay.gov.kz', '050840007781')
    S = [('00901007', 'Выдача ветеринарного паспорта на животное'),
         ('00901013', 'Выдача ветеринарной справки')]
    hdr = ['№ р/с\n№ п/п', 'Тізілімдегі нөмірі\n№ в реестре', 'Мемлекеттік көрсетілетін қызметтің атауы /\nНаименование государственной услуги',
           'Стандарт / Стандарт', 'Регламент / Регламент', 'НҚА өзгерістері / Изменения НПА', 'Интернет-ресурс',
           'Жауапты тұлға / Ответственное лицо (Ф.И.О., должность)']
    STD = ['Приказ Министра сельского хозяйства Республики Казахстан от 7 апреля 2026 года № 133, приложение 1',
           'Приказ Министра сельского хозяйства Республики Казахстан от 7 апреля 2026 года № 133, приложение 4']
    REG = 'Постановление акимата Костанайской области от 30 июня 2026 года № 276'
    c8 = 'Петренко Игорь Васильевич\nначальник отдела ветеринарно-санитарного контроля\nТелефон: +7 714 254-18-60\nE-mail: i.petrenko@vet.kostanay.gov.kz'
    rows = [hdr, ['1', '2', '3', '4', '5', '6', '7', '8'],
            ['1', S[0][0], S[0][1], STD[0], REG, '', 'https://kostanay.gov.kz', c8],
            ['2', S[1][0], S[1][1], STD[1], REG, '', 'https://kostanay.gov.kz', c8]]
    data = docx_bytes(['1-қосымша / Приложение 1', ('b', 'Мемлекеттік көрсетілетін қызмет туралы ақпарат / Информация о государственной услуге'),
                       ('t', rows), 'Орындаушы / Исполнитель: Петренко Игорь Васильевич', 'Күні / Дата: 18.02.2027 ж.'], landscape_=True, size=10)
    p = dict(fio='Петренко Игорь Васильевич', pos='начальник отдела ветеринарно-санитарного контроля', phone='+77142541860', email='i.petrenko@vet.kostanay.gov.kz')
    docs = [{'part': 'd10-vet-kostanay-bilingual.docx', 'kind': 'appendix1_form',
             'services': [svc(S[0][0], S[0][1], STD[0], REG, None, 'https://kostanay.gov.kz', **p),
                          svc(S[1][0], S[1][1], STD[1], REG, None, 'https://kostanay.gov.kz', **p)],
             'executor': {'full_name': 'Петренко Игорь Васильевич', 'date': '2027-02-18'}}]
    case('d10-vet-kostanay-bilingual.docx', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/170', '2027-02-11', 'Запрос о предоставлении информации'),
             'fill both services'),
         'appendix1_form', 'kk+ru', 'docx', 'bilingual Kazakh/Russian headers with line breaks; column-number row; column 8 with "Телефон:"/"E-mail:" lines; "ж." after the date; language not keyed (mixed)')

def f11():
    ag = ('Түркістан облысының мәдениет басқармасы', 'madeniet@turkistan.gov.kz', '190140015523')
    S = [('00703004', 'Тарихи-мәдени мұра объектілерінде ғылыми-реставрациялық жұмыстарды жүргізуге келісім беру'),
         ('00703011', 'Мұрағаттық анықтамалар беру'),
         ('00706015', 'Мәдени құндылықтарды уақытша әкетуге куәлік беру')]
    STD = ['ҚР Мәдениет және ақпарат министрінің 2026 жылғы 20 мамырдағы № 210 бұйрығымен бекітілген қағидалар',
           'ҚР Мәдениет және ақпарат министрінің 2026 жылғы 20 мамырдағы № 212 бұйрығымен бекітілген қағидалар',
           'ҚР Мәдениет және ақпарат министрінің 2026 жылғы 2 шілдедегі № 260 бұйрығымен бекітілген қағидалар']
    REG = ['-', 'Түркістан облысы әкімдігінің 2026 жылғы 25 қыркүйектегі № 177 қаулысы', '-']
    NPA = ['-', '-', 'ҚР МАМ 2026 жылғы 28 қазандағы № 402 бұйрығы']
    P = [('Құрманғазы Айдос Бақытжанұлы', 'мұраны қорғау бөлімінің басшысы', '8 (7252) 30-14-22', 'a.kurmangazy@madeniet.turkistan.kz'),
         ('Әлібекова Сәуле Тұрсынқызы', 'мұрағат ісі бөлімінің жетекші маманы', '8 (7252) 30-14-35', 's.alibekova@madeniet.turkistan.kz'),
         ('Құрманғазы Айдос Бақытжанұлы', 'мұраны қорғау бөлімінің басшысы', '8 (7252) 30-14-22', 'a.kurmangazy@madeniet.turkistan.kz')]
    hdr = ['№', 'Тізілімдегі нөмірі', 'Атауы', 'Интернет-ресурс', 'Жауапты тұлға (Т.А.Ә., лауазымы, байланыс деректері)',
           'Стандарт', 'Регламент', 'НҚА-ға өзгерістер']
    rows = [hdr]
    for i in range(3):
        p = P[i]
        rows.append([str(i + 1), S[i][0], S[i][1], 'www.gov.kz/memleket/entities/turkestan-madeniet',
                     f'{p[0]}, {p[1]}, тел. {p[2]}, {p[3]}', STD[i], REG[i], NPA[i]])
    att = docx_bytes([('b', 'Мемлекеттік көрсетілетін қызметтер туралы ақпарат'), ('t', rows),
                      'Орындаған: Әлібекова С.Т.', '2027 жылғы «12» ақпан'], landscape_=True, size=10)
    body = ('Құрметті әріптестер!\n\n2027 жылғы 6 ақпандағы № ЕКЦ-2027/158 хатыңызға сәйкес Түркістан облысының мәдениет басқармасы '
            'үш мемлекеттік көрсетілетін қызмет бойынша ақпаратты жолдайды (қосымшада).\n\nҚұрметпен,\nС. Әлібекова\n'
            'мұрағат ісі бөлімі\n8 (7252) 30-14-35\n\nОсы хабарлама жеке деректерді қамтуы мүмкін.')
    data = eml_bytes(('Сәуле Әлібекова', 'madeniet@turkistan.gov.kz'), 'ЕКЦ-2027/158 хатқа жауап', '2027-02-12 12:18',
                     body, atts=[('akparat_madeniet.docx', att)])
    svcs = [svc(S[i][0], S[i][1], STD[i], None if REG[i] == '-' else REG[i], None if NPA[i] == '-' else NPA[i],
                'www.gov.kz/memleket/entities/turkestan-madeniet', fio=P[i][0], pos=P[i][1], phone=P[i][2], email=P[i][3]) for i in range(3)]
    docs = [{'part': 'akparat_madeniet.docx', 'kind': 'appendix1_form', 'language': 'kk', 'services': svcs,
             'executor': {'full_name': 'Әлібекова С.Т.', 'date': '2027-02-12'}}]
    case('d11-madeniet-turkistan.eml', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/158', '2027-02-06', 'Ақпарат беру туралы'),
             'fill the three services'),
         'appendix1_form', 'kk', 'eml+docx', 'Kazakh form with columns in another order (web and person before standard/regulation/acts); Kazakh covering note')

def f12():
    ag = ('ГУ «Управление природных ресурсов и регулирования природопользования Атырауской области»', 'tabigat@atyrau.gov.kz', '030540004418')
    s = ('01402008', 'Выдача разрешения на специальное водопользование')
    std = 'Приказ Министра водных ресурсов и ирригации Республики Казахстан от 11 марта 2026 года № 64 «Об утверждении Правил оказания государственной услуги «Выдача разрешения на специальное водопользование»'
    rows = [['Графа', 'Сведения'],
            ['№ государственной услуги в реестре', s[0]],
            ['Наименование государственной услуги', s[1]],
            ['Стандарт государственной услуги', std],
            ['Регламент государственной услуги', 'Постановление акимата Атырауской области от 22 июля 2026 года № 158'],
            ['Изменения нормативных правовых актов', 'Приказ МВРИ РК от 9 декабря 2026 года № 311 (изменения в части сроков оказания)'],
            ['Интернет-ресурс', 'www.atyrau.gov.kz; www.elicense.kz'],
            ['Ф.И.О., должность ответственного лица', 'Жумагалиев Асхат Нурболатович – главный специалист отдела водных ресурсов; тел. 8 (7122) 27-55-81; zhumagaliev.a@tabigat.atyrau.gov.kz']]
    data = docx_bytes(['Исх. № 05-12/338', 'от 18.02.2027', '', 'Директору Единого контакт-центра', '',
                       'На Ваш запрос № ЕКЦ-2027/163 от 09.02.2027 Управление природных ресурсов и регулирования природопользования Атырауской области представляет информацию по государственной услуге.', '',
                       ('t', rows), '',
                       'Ответственный исполнитель: Жумагалиев А.Н.', 'Дата: 18 февраля 2027 года', '',
                       'Руководитель управления                                 Б. Утегенов'])
    docs = [{'part': 'd12-vodopolzovanie-field-value.docx', 'kind': 'appendix1_form', 'language': 'ru',
             'services': [svc(s[0], s[1], std, rows[4][1], rows[5][1], 'www.atyrau.gov.kz; www.elicense.kz',
                              fio='Жумагалиев Асхат Нурболатович', pos='главный специалист отдела водных ресурсов', phone='87122275581',
                              email='zhumagaliev.a@tabigat.atyrau.gov.kz')],
             'executor': {'full_name': 'Жумагалиев А.Н.', 'date': '2027-02-18'}}]
    case('d12-vodopolzovanie-field-value.docx', data, docs,
         ctx(*ag, [s], 'information', ('ЕКЦ-2027/163', '2027-02-09', 'Запрос информации по государственной услуге'),
             'fill service 01402008'),
         'appendix1_form', 'ru', 'docx', 'form turned on its side (field | value); letter text with outgoing number above; two dates (letter and form); separators ";" in column 8')

def f13():
    ag = ('ГУ «Управление сельского хозяйства акимата Северо-Казахстанской области»', 'agro@sko.gov.kz', '000440002295')
    S = [('00102031', 'Субсидирование стоимости удобрений (за исключением органических)'),
         ('00102034', 'Субсидирование стоимости пестицидов, биоагентов (энтомофагов)'),
         ('00102040', 'Субсидирование развития племенного животноводства, повышения продуктивности и качества продукции животноводства'),
         ('00102044', 'Субсидирование по возмещению части расходов, понесенных субъектом агропромышленного комплекса, при инвестиционных вложениях'),
         ('00102051', 'Субсидирование стоимости услуг по подаче воды сельскохозяйственным товаропроизводителям'),
         ('00102058', 'Выдача справки о наличии посевных площадей')]
    STD = ['Приказ Министра сельского хозяйства РК от 30 марта 2026 года № 91',
           'Приказ Министра сельского хозяйства РК от 30 марта 2026 года № 92',
           'Приказ Министра сельского хозяйства РК от 15 апреля 2026 года № 120',
           'Приказ Министра сельского хозяйства РК от 15 апреля 2026 года № 121',
           'Приказ Министра сельского хозяйства РК от 15 апреля 2026 года № 125',
           'Приказ Министра сельского хозяйства РК от 2 июня 2026 года № 190']
    person = 'Гребенюк Сергей Николаевич, главный специалист отдела субсидирования, +7 (7152) 46-31-90, s.grebenyuk@agro.sko.gov.kz'
    rows = [['№ п/п', '№ государственной услуги в реестре', 'Наименование государственной услуги', 'Стандарт государственной услуги (с указанием его реквизитов)',
             'Регламент государственной услуги (с указанием его реквизитов)', 'Изменения нормативных правовых актов',
             'Интернет-ресурс, на котором размещена информация о государственной услуге', 'Фамилия, имя, отчество, должность ответственного лица'],
            [1, 2, 3, 4, 5, 6, 7, 8]]
    for i, s in enumerate(S):
        rows.append([i + 1, s[0], s[1], STD[i], '—', '—', 'www.sko.gov.kz', person if i == 0 else None])
    rows += [[], [None, 'Ф.И.О. ответственного исполнителя', 'Гребенюк С.Н.'], [None, 'Дата', '20.02.2027']]
    att = xlsx_bytes([('Приложение 1', rows, {'merge': ['H3:H8'], 'widths': {'C': 45, 'D': 35, 'E': 20, 'F': 20, 'G': 18, 'H': 40}})])
    body = ('Добрый день.\n\nНаправляем информацию по государственным услугам в сфере АПК (6 услуг). '
            'Ответственное лицо по всем услугам одно — Гребенюк С.Н.\n\n-- \nУправление сельского хозяйства СКО\n'
            'г. Петропавловск, ул. Конституции Казахстана, 58\n\nОтправлено с iPhone')
    data = eml_bytes(('Управление сельского хозяйства СКО', 'agro@sko.gov.kz'), 'Приложение 1 (АПК) на ЕКЦ-2027/175', '2027-02-20 18:03',
                     body, atts=[('Prilozhenie1_APK_SKO.xlsx', att)])
    p = dict(fio='Гребенюк Сергей Николаевич', pos='главный специалист отдела субсидирования', phone='+77152463190', email='s.grebenyuk@agro.sko.gov.kz')
    svcs = [svc(s[0], s[1], STD[i], None, None, 'www.sko.gov.kz', **p) for i, s in enumerate(S)]
    docs = [{'part': 'Prilozhenie1_APK_SKO.xlsx', 'kind': 'appendix1_form', 'language': 'ru', 'services': svcs,
             'executor': {'full_name': 'Гребенюк С.Н.', 'date': '2027-02-20'}}]
    case('d13-apk-sko-merged-col8.eml', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/175', '2027-02-14', 'О представлении информации по государственным услугам'),
             'fill six services, one responsible person for all'),
         'appendix1_form', 'ru', 'eml+xlsx', 'column 8 is one cell merged vertically over all six rows (each service gets the same person); executor and date in label|value cells; "Отправлено с iPhone"')

def f14():
    ag = ('Маңғыстау облысының туризм басқармасы', 'turizm@mangystau.gov.kz', '210240009931')
    s = ('02901004', 'Туристік агенттік қызметпен айналысатын тұлғаларды тізілімге енгізу')
    std = 'Қазақстан Республикасы Туризм және спорт министрінің 2026 жылғы 18 тамыздағы № 302 бұйрығымен бекітілген «Туристік агенттік қызметпен айналысатын тұлғаларды тізілімге енгізу» мемлекеттік көрсетілетін қызмет қағидалары'
    hk = ['Р/с №', 'Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі', 'Мемлекеттік көрсетілетін қызметтің атауы',
          'Мемлекеттік көрсетілетін қызмет стандарты', 'Мемлекеттік көрсетілетін қызмет регламенті',
          'Нормативтік құқықтық актілердің өзгерістері', 'Интернет-ресурс', 'Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы']
    c8 = 'Жұмабай Ерасыл Нұрланұлы, туризмді дамыту бөлімінің бас маманы. Тел./e-mail: 8 (7292) 20-31-44, e.zhumabay@turizm.mangystau.kz'
    rows = [hk, ['1', s[0], s[1], std, '-', '-', 'www.mangystau.gov.kz', c8]]
    att = pdf_bytes([('b', 'Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу'),
                     ('t', rows, {'widths': [24, 66, 95, 150, 66, 70, 100, 198]}),
                     'Жауапты орындаушының Т.А.Ә.: Жұмабай Ерасыл Нұрланұлы', 'Күні: «23» ақпан 2027 ж.'], land=True, fs=7)
    body = ('Сәлеметсіз бе!\n\nСұратылған ақпарат PDF форматта қоса беріледі.\n\nҚұрметпен, Е. Жұмабай\n\n'
            '> ЕКЦ-2027/180, 2027 жылғы 16 ақпан:\n> Құрметті әріптестер! Қағидалардың 4-тармағына сәйкес 02901004 мемлекеттік көрсетілетін қызмет\n'
            '> бойынша ақпаратты 1-қосымшаға сәйкес нысан бойынша ұсынуды сұраймыз.\n')
    data = eml_bytes(('Ерасыл Жұмабай', 'turizm@mangystau.gov.kz'), 'Re: ЕКЦ-2027/180', '2027-02-23 10:30', body,
                     atts=[('02901004_akparat.pdf', att)])
    docs = [{'part': '02901004_akparat.pdf', 'kind': 'appendix1_form', 'language': 'kk',
             'services': [svc(s[0], s[1], std, None, None, 'www.mangystau.gov.kz',
                              fio='Жұмабай Ерасыл Нұрланұлы', pos='туризмді дамыту бөлімінің бас маманы', phone='87292203144', email='e.zhumabay@turizm.mangystau.kz')],
             'executor': {'full_name': 'Жұмабай Ерасыл Нұрланұлы', 'date': '2027-02-23'}}]
    case('d14-turizm-pdf-kk.eml', data, docs,
         ctx(*ag, [s], 'information', ('ЕКЦ-2027/180', '2027-02-16', 'Ақпарат беру туралы сұрау салу'),
             'fill service 02901004'),
         'appendix1_form', 'kk', 'eml+pdf', 'Kazakh PDF form; "Тел./e-mail:" label followed by both values; date «23» ақпан 2027 ж.; our request quoted with ">"')

def f15():
    ag = ('ГУ «Управление по делам религий Жамбылской области»', 'din@zhambyl.gov.kz', '111040020184')
    S = [('02701003', 'Проведение религиоведческой экспертизы'),
         ('02701005', 'Согласование расположения помещений для проведения религиозных мероприятий за пределами культовых зданий (сооружений)'),
         ('02701008', 'Регистрация лиц, осуществляющих миссионерскую деятельность'),
         ('02701011', 'Выдача решения о согласовании строительства культовых зданий (сооружений), определении их месторасположения')]
    STD = 'Приказ Министра культуры и информации Республики Казахстан от 9 сентября 2026 года № 334 «Об утверждении правил оказания государственных услуг в сфере религиозной деятельности»'
    P = [('Ахмедов Рустам Шавкатович', 'главный специалист отдела религиоведческого анализа', '8 (7262) 43-57-10', 'r.akhmedov@din.zhambyl.kz'),
         ('Ахмедов Рустам Шавкатович', 'главный специалист отдела религиоведческого анализа', '8 (7262) 43-57-10', 'r.akhmedov@din.zhambyl.kz'),
         ('Нуржанова Айжан Бекетовна', 'руководитель отдела по работе с религиозными объединениями', '8 (7262) 43-57-02', 'a.nurzhanova@din.zhambyl.kz'),
         ('Нуржанова Айжан Бекетовна', 'руководитель отдела по работе с религиозными объединениями', '8 (7262) 43-57-02', 'a.nurzhanova@din.zhambyl.kz')]
    rows = [H8]
    for i, s in enumerate(S):
        p = P[i]
        rows.append([f'{i + 1}.', s[0], s[1], STD, 'отсутствует' if i < 2 else '—', '—', 'www.gov.kz/memleket/entities/zhambyl-din',
                     f'{p[0]} ({p[1]})\nтел. {p[2]}\n{p[3]}'])
    att = docx_bytes([('t', rows), 'Исполнитель: Абдрахманова Карлыгаш Муратовна, тел. 8 (7262) 43-57-15',
                      'Дата: 24.02.2027'], landscape_=True, size=10)
    body = ('Уважаемые коллеги, добрый день!\nВо вложении — заполненная форма по 4 услугам. Прошу подтвердить получение.\n\n'
            'Абдрахманова К.М.\nУправление по делам религий Жамбылской области\nг. Тараз\n')
    data = eml_bytes(('Абдрахманова Карлыгаш', 'din@zhambyl.gov.kz'), 'Форма приложения 1 — Управление по делам религий', '2027-02-24 17:45',
                     body, atts=[('Приложение 1 (религия).docx', att)], fname_style='encoded-word')
    svcs = [svc(s[0], s[1], STD, 'отсутствует' if i < 2 else None, None, 'www.gov.kz/memleket/entities/zhambyl-din',
                fio=P[i][0], pos=P[i][1], phone=P[i][2], email=P[i][3]) for i, s in enumerate(S)]
    docs = [{'part': 'Приложение 1 (религия).docx', 'kind': 'appendix1_form', 'language': 'ru', 'services': svcs,
             'executor': {'full_name': 'Абдрахманова Карлыгаш Муратовна', 'date': '2027-02-24'}}]
    case('d15-religiya-cyrillic-attname.eml', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/177', '2027-02-17', 'О представлении информации по государственным услугам'),
             'fill the four services'),
         'appendix1_form', 'ru', 'eml+docx', 'Cyrillic attachment name as an RFC 2047 encoded word (Outlook style); position in parentheses after the name; "отсутствует" in column 5 for two rows; executor line carries a phone; no header row number row')

def f16():
    ag = ('Қызылорда қаласы әкімдігінің тұрғын үй-коммуналдық шаруашылығы бөлімі', 'tkshb@kyzylorda-city.gov.kz', '980540003362')
    s = ('01801006', 'Тұрғын үй көмегін тағайындау')
    std = 'ҚР Индустрия және инфрақұрылымдық даму министрінің 2026 жылғы 16 ақпандағы № 54 бұйрығымен бекітілген «Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызмет қағидалары'
    rg = 'Қызылорда облысы әкімдігінің 2026 жылғы 4 мамырдағы № 97 қаулысы'
    npa = 'ҚР ӨҚМ 2026 жылғы 2 қарашадағы № 418 бұйрығы'
    c8 = 'Ибрагимова Зарина Талғатқызы\nбас маман\nтел.: 8 (7242) 26-18-05\nэл. пошта: z.ibragimova@kyzylorda-city.gov.kz'
    hk = ['№', 'Тізілімдегі нөмірі', 'Атауы', 'Стандарты', 'Регламенті', 'НҚА өзгерістері', 'Интернет-ресурс', 'Жауапты тұлға']
    data = docx_bytes(['ҚЫЗЫЛОРДА ҚАЛАСЫ ӘКІМДІГІНІҢ', 'ТҰРҒЫН ҮЙ-КОММУНАЛДЫҚ ШАРУАШЫЛЫҒЫ БӨЛІМІ', 'Қызылорда қ., Әйтеке би к-сі, 20',
                       '', 'Шығ. № 04-02/117   2027 жылғы 26 ақпан', '', 'Бірыңғай байланыс орталығына', '',
                       'Сіздің 2027 жылғы 19 ақпандағы № ЕКЦ-2027/183 хатыңызға жауап ретінде «Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызметі бойынша ақпаратты жолдаймыз.',
                       '', ('t', [hk, ['1', s[0], s[1], std, rg, npa, 'www.kyzylorda-city.gov.kz', c8]]),
                       'Орындаған: Ибрагимова З.Т.', 'Күні: 26.02.2027', '', 'Бөлім басшысы                     Н. Данабаев'])
    docs = [{'part': 'd16-turgyn-uy-komek.docx', 'kind': 'appendix1_form', 'language': 'kk',
             'services': [svc(s[0], s[1], std, rg, npa, 'www.kyzylorda-city.gov.kz', fio='Ибрагимова Зарина Талғатқызы', pos='бас маман',
                              phone='87242261805', email='z.ibragimova@kyzylorda-city.gov.kz')],
             'executor': {'full_name': 'Ибрагимова З.Т.', 'date': '2027-02-26'}}]
    case('d16-turgyn-uy-komek.docx', data, docs,
         ctx(*ag, [s], 'information', ('ЕКЦ-2027/183', '2027-02-19', 'Ақпарат беру туралы'),
             'fill service 01801006'),
         'appendix1_form', 'kk', 'docx', 'Kazakh letter with letterhead and outgoing number wrapped around a one-row form with terse Kazakh headers; column 8 in lines with "эл. пошта:"')
# ================================================================ APPOINTMENTS (p.5) keyed as responsible_change
def RP(f, p=None, ph=None, e=None):
    return {'full_name': f, 'position': p, 'phone': ph, 'email': e}

def a01():
    ag = ('ГУ «Управление земельных отношений города Алматы»', 'zher@almaty.gov.kz', '030140012286')
    s = ('01601014', 'Выдача решения на изменение целевого назначения земельного участка')
    body = """Уважаемые коллеги!

Управление земельных отношений города Алматы, рассмотрев Ваше письмо от 18.01.2027 № ЕКЦ-2027/087, сообщает, что приказом руководителя управления определить ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственной услуге 01601014 главного специалиста отдела землеустройства Сапарову Айгерим Болаткызы.

Контакты: +7 727 271-64-05, saparova.a@almaty.gov.kz

Информация по форме Приложения 1 будет направлена в установленный срок.

С уважением,
заместитель руководителя Управления
Т. Бейсенов

________________________________
От: info@ekc.gov.kz
Отправлено: 18 января 2027 г. 11:30
Кому: zher@almaty.gov.kz
Тема: ЕКЦ-2027/087 О назначении ответственного лица

Просим назначить ответственное лицо за представление информации по государственной услуге 01601014 «Выдача решения на изменение целевого назначения земельного участка» и сообщить его контактные данные.
"""
    data = eml_bytes(('Бейсенов Талгат', 'zher@almaty.gov.kz'), 'RE: ЕКЦ-2027/087 О назначении ответственного лица', '2027-01-21 09:14', body)
    docs = [{'part': 'body', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': {'full_name': 'Сапарова Айгерим Болаткызы', 'phone': '+77272716405', 'email': 'saparova.a@almaty.gov.kz'},
             'previous_responsible': None, 'services': [{'registry_number': s[0]}]}]
    case('a01-zher-almaty-naznachenie.eml', data, docs,
         ctx(*ag, [s], 'appointment', ('ЕКЦ-2027/087', '2027-01-18', 'О назначении ответственного лица'),
             'record the responsible person and move the case to awaiting information'),
         'appointment', 'ru', 'eml', 'name in accusative ("Сапарову Айгерим Болаткызы"); signer is a different person; quoted request repeats the service name')

def a02():
    ag = ('Ақмола облысының дене шынықтыру және спорт басқармасы', 'sport@akmola.gov.kz', '991240004417')
    s = ('02801009', 'Спорттық разрядтар мен санаттар беру: екінші және үшінші спорттық разрядтар')
    html = ('<div dir="ltr"><p>Құрметті Бірыңғай байланыс орталығы!</p>'
            '<p>Сіздің 2027 жылғы 20 қаңтардағы № ЕКЦ-2027/093 хатыңызға жауап ретінде хабарлаймыз: «Спорттық разрядтар мен санаттар беру» (тізілімдегі № 02801009) '
            'мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат беру және оқыту жүргізу жауапкершілігі '
            'басқарманың бас маманы Серікбаев Дәурен Асқарұлына жүктелді.</p>'
            '<p>Байланыс телефоны: 8 (7162) 50-22-81<br>Электрондық пошта: <a href="mailto:d.serikbayev@sport.akmola.kz">d.serikbayev@sport.akmola.kz</a></p>'
            '<p>Құрметпен,<br>басшының орынбасары<br>А. Мұқанов</p>'
            '<div style="color:#888;font-size:11px">Көкшетау қ., Абай к-сі, 89</div></div>')
    data = eml_bytes(('Ақмола облысы спорт басқармасы', 'sport@akmola.gov.kz'), 'Жауапты тұлға туралы (ЕКЦ-2027/093)', '2027-01-23 16:02', html=html)
    docs = [{'part': 'body', 'kind': 'responsible_change', 'language': 'kk',
             'responsible': RP('Серікбаев Дәурен Асқарұлы', 'басқарманың бас маманы', '87162502281', 'd.serikbayev@sport.akmola.kz'),
             'previous_responsible': None, 'services': [{'registry_number': s[0]}]}]
    case('a02-sport-akmola-kk.eml', data, docs,
         ctx(*ag, [s], 'appointment', ('ЕКЦ-2027/093', '2027-01-20', 'Жауапты тұлғаны тағайындау туралы'),
             'record the responsible person'),
         'appointment', 'kk', 'eml (html only)', 'Kazakh dative on the patronymic ("Асқарұлына жүктелді"); HTML-only webmail body')

def a03():
    ag = ('Комитет атомного и энергетического надзора и контроля Министерства энергетики Республики Казахстан', 'kaenk@energo.gov.kz', '120440029981')
    S = [('01301002', 'Выдача лицензии на осуществление деятельности в сфере использования атомной энергии'),
         ('01301005', 'Выдача паспорта готовности энергопроизводящих и энергопередающих организаций к работе в осенне-зимний период'),
         ('01301011', 'Аттестация экспертных организаций в области электроэнергетики')]
    data = docx_bytes(['ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЭНЕРГЕТИКА МИНИСТРЛІГІ', 'МИНИСТЕРСТВО ЭНЕРГЕТИКИ РЕСПУБЛИКИ КАЗАХСТАН',
                       'Комитет атомного и энергетического надзора и контроля',
                       '010000, г. Астана, пр. Кабанбай батыра, 19, блок А; тел. 8 (7172) 78-69-00', '',
                       '26.01.2027 № 27-04-14/1182', '', 'Единый контакт-центр', '',
                       'На № ЕКЦ-2027/095 от 21.01.2027', '',
                       'Комитет атомного и энергетического надзора и контроля сообщает, что взаимодействие с Единым контакт-центром по государственным услугам:',
                       f'- {S[0][0]} «{S[0][1]}»;', f'- {S[1][0]} «{S[1][1]}»;', f'- {S[2][0]} «{S[2][1]}»',
                       'закреплено за Кимом Вячеславом Андреевичем, главным экспертом Управления разрешительной деятельности (тел.: 8 (7172) 78-69-37, e-mail: v.kim@energo.gov.kz).',
                       '', 'Председатель Комитета                                    Е. Сарсембаев', '',
                       'Исп.: Ким В.А.', 'тел. 78-69-37'])
    docs = [{'part': 'a03-kaenk-zakreplenie.docx', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': {'full_name': 'Ким Вячеслав Андреевич', 'phone': '87172786937', 'email': 'v.kim@energo.gov.kz'},
             'previous_responsible': None, 'services': [{'registry_number': x[0]} for x in S]}]
    case('a03-kaenk-zakreplenie.docx', data, docs,
         ctx(*ag, S, 'appointment', ('ЕКЦ-2027/095', '2027-01-21', 'О назначении ответственного лица'),
             'record the responsible person for three services'),
         'appointment', 'ru', 'docx', 'name and position in instrumental case ("за Кимом Вячеславом Андреевичем, главным экспертом"); bilingual letterhead; agency phone in letterhead differs from the person\'s')

def a04():
    ag = ('Батыс Қазақстан облысының ветеринария басқармасы', 'vet@bko.gov.kz', '030640015528')
    s = ('00901021', 'Ветеринариялық-санитариялық қорытынды беру')
    data = pdf_bytes([('b', 'БАТЫС ҚАЗАҚСТАН ОБЛЫСЫНЫҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ'), 'Орал қ., Достық даңғылы, 184', '',
                      '2027 жылғы 25 қаңтар  № 02-17/64', '', 'Бірыңғай байланыс орталығының басшысына', '',
                      '2027 жылғы 19 қаңтардағы № ЕКЦ-2027/090 хатқа',
                      '',
                      'Батыс Қазақстан облысының ветеринария басқармасы «Ветеринариялық-санитариялық қорытынды беру» (№ 00901021) мемлекеттік көрсетілетін қызметі бойынша '
                      'Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға ретінде ветеринариялық қадағалау бөлімінің жетекші маманы '
                      'Қайыржанова Ботагөз Ермекқызы айқындалғанын хабарлайды.',
                      '', 'Байланыс деректері: тел. 8 (7112) 51-33-70, ұялы +7 701 455 18 02, e-mail: b.kaiyrzhanova@vet.bko.kz', '',
                      'Басшы                                  Р. Ғабдуллин'])
    docs = [{'part': 'a04-vet-bko-kk.pdf', 'kind': 'responsible_change', 'language': 'kk',
             'responsible': {'full_name': 'Қайыржанова Ботагөз Ермекқызы', 'position': 'ветеринариялық қадағалау бөлімінің жетекші маманы', 'email': 'b.kaiyrzhanova@vet.bko.kz'},
             'previous_responsible': None, 'services': [{'registry_number': s[0]}]}]
    case('a04-vet-bko-kk.pdf', data, docs,
         ctx(*ag, [s], 'appointment', ('ЕКЦ-2027/090', '2027-01-19', 'Жауапты тұлғаны айқындау туралы'),
             'record the responsible person'),
         'appointment', 'kk', 'pdf', 'Kazakh PDF letter; two phones (office and mobile) — phone left out of the key; registry number in parentheses')

def a05():
    ag = ('ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Конаев»', 'zhkh@konaev.gov.kz', '180840027714')
    s = ('01801011', 'Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда')
    txt = """ГУ «Отдел ЖКХ, ПТ и АД г. Конаев»
исх. 312 от 22.01.2027

В ЕКЦ

По письму ЕКЦ-2027/091 от 19.01.2027.
Ответственный по услуге 01801011 (постановка на учет нуждающихся в жилище) — Токтаров Бауыржан Кайратович, главный специалист сектора жилищного фонда, тел. 8 72772 4-12-19, эл. адрес toktarov.b@konaev.gov.kz.

Руководитель отдела     С. Алдабергенов
"""
    docs = [{'part': 'a05-konaev-otvetstvennyi.txt', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': RP('Токтаров Бауыржан Кайратович', 'главный специалист сектора жилищного фонда', '87277241219', 'toktarov.b@konaev.gov.kz'),
             'previous_responsible': None, 'services': [{'registry_number': s[0]}]}]
    case('a05-konaev-otvetstvennyi.txt', txt.encode('utf-8'), docs,
         ctx(*ag, [s], 'appointment', ('ЕКЦ-2027/091', '2027-01-19', 'О назначении ответственного лица'),
             'record the responsible person'),
         'appointment', 'ru', 'txt', 'very terse letter; outgoing number without №; "эл. адрес" label')

def a06():
    ag = ('Департамент санитарно-эпидемиологического контроля города Астаны', 'dsek@astana.dsm.gov.kz', '200640019876')
    S = [('00802017', 'Выдача санитарно-эпидемиологического заключения на объект высокой эпидемической значимости'),
         ('00802020', 'Выдача разрешения на объекты высокой эпидемической значимости')]
    body = """Добрый день.
В ответ на ваш запрос ЕКЦ-2027/099 сообщаем о назначении Литвиненко Елены Сергеевны, ведущего специалиста отдела государственных услуг, ответственной за предоставление информации по услугам 00802017 и 00802020 с 25.01.2027.
Тел. 8 (7172) 57-40-96
e-mail: e.litvinenko@dsek-astana.kz

Отправлено с iPhone
"""
    data = eml_bytes(('Литвиненко Е.С.', 'dsek@astana.dsm.gov.kz'), 'Re: ЕКЦ-2027/099', '2027-01-25 20:47', body.replace('№', 'N'),
                     charset='koi8-r', cte='base64')
    docs = [{'part': 'body', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': {'full_name': 'Литвиненко Елена Сергеевна', 'phone': '87172574096', 'email': 'e.litvinenko@dsek-astana.kz'},
             'previous_responsible': None, 'effective_date': '2027-01-25', 'services': [{'registry_number': x[0]} for x in S]}]
    case('a06-dsek-koi8.eml', data, docs,
         ctx(*ag, S, 'appointment', ('ЕКЦ-2027/099', '2027-01-22', 'О назначении ответственного лица'),
             'record the responsible person for both services'),
         'appointment', 'ru', 'eml', 'koi8-r base64 body; name and position in genitive ("Литвиненко Елены Сергеевны, ведущего специалиста"); "Отправлено с iPhone"')

def a07():
    ag = ('Комитет по информационной безопасности Министерства цифрового развития, инноваций и аэрокосмической промышленности РК', 'kib@mdai.gov.kz', '190240027655')
    S = [('03602004', 'Аттестация информационных систем на соответствие требованиям информационной безопасности')]
    att = docx_bytes(['Исх. № 17-2/08-1146 от 27.01.2027', '', 'Единый контакт-центр', '',
                      'На исх. № ЕКЦ-2027/101 от 22 января 2027 года', '',
                      'Комитет по информационной безопасности МЦРИАП РК сообщает, что в соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра '
                      'представление информации и проведение обучения по государственной услуге «Аттестация информационных систем на соответствие требованиям информационной безопасности» (03602004) '
                      'поручено Досанову Алмасу Ериковичу, главному эксперту Управления аттестации.',
                      'Телефон: 8 (7172) 74-29-58; электронная почта: a.dossanov@mdai.gov.kz.', '',
                      'Заместитель Председателя                            Р. Ильясов'])
    body = 'Сәлеметсіз бе! Хат қоса беріліп отыр.\nДобрый день! Письмо во вложении.\n\nКанцелярия КИБ МЦРИАП\n'
    data = eml_bytes(('Канцелярия КИБ', 'kib@mdai.gov.kz'), 'Исх. 17-2/08-1146 от 27.01.2027', '2027-01-27 14:55', body,
                     atts=[('17-2-08-1146.docx', att)])
    docs = [{'part': '17-2-08-1146.docx', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': {'full_name': 'Досанов Алмас Ерикович', 'phone': '87172742958', 'email': 'a.dossanov@mdai.gov.kz'},
             'previous_responsible': None, 'services': [{'registry_number': '03602004'}]}]
    case('a07-kib-letter-attached.eml', data, docs,
         ctx(*ag, S, 'appointment', ('ЕКЦ-2027/101', '2027-01-22', 'О назначении ответственного лица'),
             'record the responsible person'),
         'appointment', 'ru (cover kk+ru)', 'eml+docx', 'bilingual one-line cover from the registry office; name and position in dative ("Досанову Алмасу Ериковичу, главному эксперту")')

def a08():
    ag = ('ГУ «Управление предпринимательства и индустриально-инновационного развития Актюбинской области»', 'biznes@aktobe.gov.kz', '970440013390')
    S = [('02101004', 'Выдача лицензии на розничную реализацию алкогольной продукции'),
         ('02101007', 'Выдача разрешения на размещение объекта наружной (визуальной) рекламы'),
         ('02101012', 'Субсидирование ставки вознаграждения по кредитам субъектов предпринимательства')]
    body = """Здравствуйте!

По пунктам 1-3 вашего запроса (услуги 02101004, 02101007, 02101012) ответственным лицом назначена Ермекова Айсулу — главный специалист отдела развития предпринимательства.
Раб. тел.: 8 (7132) 55-08-73
Почта: ermekova.a@aktobe-biznes.kz

Информацию по Приложению 1 она направит отдельным письмом до 05.02.2027.

--
С уважением, приемная Управления
тел. 8 (7132) 55-08-00

----- Исходное сообщение -----
От: "Единый контакт-центр" <info@ekc.gov.kz>
Кому: biznes@aktobe.gov.kz
Дата: 24.01.2027 10:05
Тема: ЕКЦ-2027/104 О назначении ответственных лиц

> Уважаемые коллеги!
> Просим назначить ответственное лицо по следующим государственным услугам:
> 1. 02101004 Выдача лицензии на розничную реализацию алкогольной продукции
> 2. 02101007 Выдача разрешения на размещение объекта наружной (визуальной) рекламы
> 3. 02101012 Субсидирование ставки вознаграждения по кредитам субъектов предпринимательства
> Контактное лицо ЕКЦ: Нуркасымова Динара, тел. 1414 (внутр. 2207)
"""
    data = eml_bytes(('Приемная УПИИР', 'biznes@aktobe.gov.kz'), 'Re: ЕКЦ-2027/104 О назначении ответственных лиц', '2027-01-28 12:40', body)
    docs = [{'part': 'body', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': RP('Ермекова Айсулу', 'главный специалист отдела развития предпринимательства', '87132550873', 'ermekova.a@aktobe-biznes.kz'),
             'previous_responsible': None, 'services': [{'registry_number': x[0]} for x in S]}]
    case('a08-aktobe-quoted-request.eml', data, docs,
         ctx(*ag, S, 'appointment', ('ЕКЦ-2027/104', '2027-01-24', 'О назначении ответственных лиц'),
             'record the responsible person for three services'),
         'appointment', 'ru', 'eml', 'name without patronymic; our request quoted below with another person (the EKC contact) and a second phone in the signature')

def a09():
    ag = ('Ұлытау облысының ішкі саясат басқармасы', 'ishki@ulytau.gov.kz', '221040010356')
    s = ('02501006', 'Мерзімді баспасөз басылымдарын, ақпараттық агенттіктерді және желілік басылымдарды есепке қою')
    txt = """Ұлытау облысының ішкі саясат басқармасы
Жезқазған қ., Алашахан даңғылы, 1

2027 жылғы 29 қаңтар № 01-11/45

Бірыңғай байланыс орталығы

Сіздің 2027 жылғы 23 қаңтардағы ЕКЦ-2027/102 сұрау салуыңызға жауап ретінде мынаны хабарлаймыз.

02501006 «Мерзімді баспасөз басылымдарын, ақпараттық агенттіктерді және желілік басылымдарды есепке қою» мемлекеттік көрсетілетін қызметі бойынша ақпарат беруге және Бірыңғай байланыс орталығының қызметкерлерін оқытуға жауапты тұлға:

Оразбек Мирас, ақпараттық саясат бөлімінің бас маманы,
тел.: 8 (7102) 73-05-16, e-mail: m.orazbek@ulytau.gov.kz.

Басқарма басшысы                Қ. Тәжібаев
"""
    docs = [{'part': 'a09-ulytau-kk.txt', 'kind': 'responsible_change', 'language': 'kk',
             'responsible': RP('Оразбек Мирас', 'ақпараттық саясат бөлімінің бас маманы', '87102730516', 'm.orazbek@ulytau.gov.kz'),
             'previous_responsible': None, 'services': [{'registry_number': s[0]}]}]
    case('a09-ulytau-kk.txt', txt.encode('utf-8'), docs,
         ctx(*ag, [s], 'appointment', ('ЕКЦ-2027/102', '2027-01-23', 'Жауапты тұлғаны тағайындау туралы'),
             'record the responsible person'),
         'appointment', 'kk', 'txt', 'Kazakh; name without patronymic; the name sits on a line after a colon')

def a10():
    ag = ('ГУ «Управление пассажирского транспорта и автомобильных дорог города Алматы»', 'transport@almaty.gov.kz', '070340026115')
    S = [('00302018', 'Выдача разрешения на перевозку пассажиров и багажа автобусами по маршрутам регулярного городского сообщения'),
         ('00302024', 'Согласование маршрута движения крупногабаритных транспортных средств')]
    body = """Уважаемый Единый контакт-центр!

Сообщаем, что представление информации по государственным услугам 00302018 и 00302024, а также проведение обучения сотрудников ЕКЦ поручено Нурлановой Динаре Сабитовне, главному специалисту отдела транспортного контроля.
Контактный телефон: +7 (727) 254-19-30, вн. 112
Электронная почта: D.Nurlanova@transport.almaty.kz

Руководитель отдела организационной работы
Жусупбеков Е.

ВНИМАНИЕ: данное сообщение может содержать служебную информацию. Если вы получили его по ошибке, сообщите отправителю и удалите сообщение.
"""
    data = eml_bytes(('Жусупбеков Ельдар', 'transport@almaty.gov.kz'), 'ответственное лицо по услугам 00302018, 00302024', '2027-01-26 10:11',
                     body, charset='windows-1251', cte='base64')
    docs = [{'part': 'body', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': {'full_name': 'Нурланова Динара Сабитовна', 'email': 'd.nurlanova@transport.almaty.kz'},
             'previous_responsible': None, 'services': [{'registry_number': x[0]} for x in S]}]
    case('a10-transport-almaty-1251.eml', data, docs,
         ctx(*ag, S, 'appointment', ('ЕКЦ-2027/098', '2027-01-21', 'О назначении ответственного лица'),
             'record the responsible person for both services'),
         'appointment', 'ru', 'eml', 'windows-1251 base64; name in dative; phone with an extension ("вн. 112") — phone left out of the key; mixed-case e-mail')

def a11():
    ag = ('Абай облысының білім басқармасы', 'bilim@abay.gov.kz', '230140008172')
    S = [('00601093', 'Мектепке дейінгі білім беру ұйымдарына жолдама беру'),
         ('00601097', 'Білім беру ұйымдарында оқитындарға жатақхана беру')]
    data = docx_bytes(['АБАЙ ОБЛЫСЫНЫҢ БІЛІМ БАСҚАРМАСЫ / УПРАВЛЕНИЕ ОБРАЗОВАНИЯ ОБЛАСТИ АБАЙ', 'Семей қ., Шәкәрім даңғылы, 12',
                       '№ 03-09/211   30.01.2027', '', 'Бірыңғай байланыс орталығына / В Единый контакт-центр', '',
                       'Абай облысының білім басқармасы 00601093 және 00601097 мемлекеттік көрсетілетін қызметтер бойынша жауапты тұлға ретінде '
                       'мектепке дейінгі білім беру бөлімінің бас маманы Жексенбаев Талғат Серікұлын тағайындағанын хабарлайды.',
                       '',
                       'Управление образования области Абай сообщает, что ответственным лицом по государственным услугам 00601093 и 00601097 назначен '
                       'Жексенбаев Талгат Серикулы, главный специалист отдела дошкольного образования.',
                       '', 'Тел.: 8 (7222) 56-71-08, e-mail: t.zheksenbayev@bilim-abay.kz', '',
                       'Басшы / Руководитель                       Ғ. Смағұлов'])
    docs = [{'part': 'a11-bilim-abay-bilingual.docx', 'kind': 'responsible_change',
             'responsible': {'phone': '87222567108', 'email': 't.zheksenbayev@bilim-abay.kz'},
             'previous_responsible': None, 'services': [{'registry_number': x[0]} for x in S]}]
    case('a11-bilim-abay-bilingual.docx', data, docs,
         ctx(*ag, S, 'appointment', ('ЕКЦ-2027/106', '2027-01-25', 'О назначении ответственного лица'),
             'record the responsible person for both services'),
         'appointment', 'kk+ru', 'docx', 'the same letter in Kazakh (accusative "Серікұлын") and Russian with a different spelling of the name (Талгат Серикулы) — full_name left out of the key, language not keyed')

def a12():
    ag = ('Комитет лесного хозяйства и животного мира Министерства экологии и природных ресурсов РК', 'forest@ecogeo.gov.kz', '040240031178')
    S = [('01403009', 'Выдача разрешения на пользование животным миром'),
         ('01403012', 'Выдача лесорубочного и лесного билета')]
    html = ('<html><body style="font-family:Arial;font-size:10pt">'
            '<p>Уважаемые коллеги!</p><p>На Ваш запрос ЕКЦ-2027/108 от 26.01.2027 сообщаем сведения об ответственном лице Комитета:</p>'
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            '<tr><th>Государственные услуги</th><th>Ф.И.О.</th><th>Должность</th><th>Телефон</th><th>E-mail</th></tr>'
            '<tr><td>01403009, 01403012</td><td>Шаймерденов Канат Болатович</td><td>главный эксперт Управления охотничьего хозяйства</td>'
            '<td>8 (7172) 74-10-62</td><td>k.shaimerdenov@ecogeo.gov.kz</td></tr></table>'
            '<p>Исп.: Оспанова Ж., 74-10-11</p></body></html>')
    text = ('Уважаемые коллеги!\nНа Ваш запрос ЕКЦ-2027/108 от 26.01.2027 сообщаем сведения об ответственном лице Комитета:\n\n'
            'Государственные услуги: 01403009, 01403012\nФ.И.О.: Шаймерденов Канат Болатович\nДолжность: главный эксперт Управления охотничьего хозяйства\n'
            'Телефон: 8 (7172) 74-10-62\nE-mail: k.shaimerdenov@ecogeo.gov.kz\n\nИсп.: Оспанова Ж., 74-10-11\n')
    data = eml_bytes(('КЛХЖМ МЭПР РК', 'forest@ecogeo.gov.kz'), 'Ответ на ЕКЦ-2027/108', '2027-01-30 11:27', text, html=html)
    docs = [{'part': 'body', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': RP('Шаймерденов Канат Болатович', 'главный эксперт Управления охотничьего хозяйства', '87172741062', 'k.shaimerdenov@ecogeo.gov.kz'),
             'previous_responsible': None, 'services': [{'registry_number': x[0]} for x in S]}]
    case('a12-forest-table.eml', data, docs,
         ctx(*ag, S, 'appointment', ('ЕКЦ-2027/108', '2027-01-26', 'О назначении ответственного лица'),
             'record the responsible person for both services'),
         'appointment', 'ru', 'eml (alternative)', 'person given as a five-column table (HTML) / labelled lines (plain); executor with another phone under it')
# ================================================================ RESPONSIBLE CHANGE (p.7)
def r01():
    ag = ('Департамент Комитета по регулированию естественных монополий МНЭ РК по Туркестанской области', 'turkestan@kremzk.gov.kz', '061140021903')
    S = [('01101003', 'Согласование проекта тарифа на регулируемые услуги')]
    body = """Уважаемые коллеги!

Департамент Комитета по регулированию естественных монополий по Туркестанской области уведомляет, что в связи с увольнением Ахметова Серика Болатовича с 1-го февраля ответственным за взаимодействие с Единым контакт-центром по государственной услуге 01101003 «Согласование проекта тарифа на регулируемые услуги» назначен Турсынбаев Нурлыбек Абдиманапович, главный специалист отдела тарифного регулирования.

Тел.: 8 (7252) 40-18-76
Email: n.tursynbaev@kremzk.gov.kz

Руководитель Департамента                А. Кожахметов
Исп. Турсынбаев Н.А.
"""
    data = eml_bytes(('Турсынбаев Нурлыбек', 'turkestan@kremzk.gov.kz'), 'Замена ответственного лица (01101003)', '2027-01-29 15:33', body)
    docs = [{'part': 'body', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': RP('Турсынбаев Нурлыбек Абдиманапович', 'главный специалист отдела тарифного регулирования', '87252401876', 'n.tursynbaev@kremzk.gov.kz'),
             'previous_responsible': {'full_name': 'Ахметов Серик Болатович'}, 'effective_date': '2027-02-01',
             'services': [{'registry_number': S[0][0]}]}]
    case('r01-kremzk-uvolnenie.eml', data, docs,
         ctx(*ag, S, 'consulting', None, 'replace the responsible person from 2027-02-01'),
         'responsible_change', 'ru', 'eml', 'previous person in genitive ("увольнением Ахметова Серика Болатовича"); date "с 1-го февраля" without a year (letter of January 2027)')

def r02():
    ag = ('Павлодар облысының жер қатынастары басқармасы', 'zher@pavlodar.gov.kz', '050140006629')
    S = [('01601021', 'Жер учаскесіне құқық беру'), ('01601025', 'Жер учаскесінің нысаналы мақсатын өзгерту')]
    txt = """Павлодар облысының жер қатынастары басқармасы

Шығ. № 3-14/260
2027 жылғы 4 наурыз

Бірыңғай байланыс орталығы

Жауапты тұлғаның ауысуы туралы

Бұрынғы жауапты тұлға Мұратова Айгүл Сәкенқызы басқа жұмысқа ауысуына байланысты 2027 жылғы 15 наурыздан бастап 01601021 және 01601025 мемлекеттік көрсетілетін қызметтер бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға болып жерге орналастыру бөлімінің бас маманы Бекмағамбетов Ерлан Жанатұлы белгіленді.

Байланыс: 8 (7182) 65-02-39, e.bekmagambetov@zher.pavlodar.kz

Басқарма басшысының орынбасары                  Д. Исаев
"""
    docs = [{'part': 'r02-zher-pavlodar-kk.txt', 'kind': 'responsible_change', 'language': 'kk',
             'responsible': RP('Бекмағамбетов Ерлан Жанатұлы', 'жерге орналастыру бөлімінің бас маманы', '87182650239', 'e.bekmagambetov@zher.pavlodar.kz'),
             'previous_responsible': {'full_name': 'Мұратова Айгүл Сәкенқызы'}, 'effective_date': '2027-03-15',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('r02-zher-pavlodar-kk.txt', txt.encode('utf-8'), docs,
         ctx(*ag, S, 'consulting', None, 'replace the responsible person from 2027-03-15'),
         'responsible_change', 'kk', 'txt', 'Kazakh "2027 жылғы 15 наурыздан бастап" (ablative); letter date differs from effective date; contacts without labels')

def r03():
    ag = ('Департамент по чрезвычайным ситуациям Восточно-Казахстанской области', 'dchs@vko.emer.gov.kz', '040940018841')
    S = [('01002006', 'Выдача заключения о соответствии объекта требованиям пожарной безопасности')]
    data = docx_bytes(['МИНИСТЕРСТВО ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ РЕСПУБЛИКИ КАЗАХСТАН',
                       'ДЕПАРТАМЕНТ ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ ВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ',
                       'г. Усть-Каменогорск, ул. Потанина, 26', '', 'Исх. № 12-5/1090 от «02» марта 2027 г.', '',
                       'Руководителю Единого контакт-центра', '',
                       ('b', 'Уведомление о замене ответственного лица'), '',
                       'В соответствии с пунктом 7 Правил взаимодействия Единого контакт-центра сообщаем, что в связи с уходом в отпуск по уходу за ребенком '
                       'Сидоренко Анны Викторовны, старшего инспектора отдела государственного пожарного контроля, ответственным лицом по государственной услуге '
                       '01002006 «Выдача заключения о соответствии объекта требованиям пожарной безопасности» с 10.03.2027 является Абенов Марат Серикович, '
                       'старший инспектор отдела государственного пожарного контроля, подполковник гражданской защиты.',
                       '', 'Контакты: тел. 8 (7232) 76-11-45, моб. 8 777 150 33 21, a.abenov@vko-emer.kz', '',
                       'Начальник Департамента', 'полковник гражданской защиты                         К. Мусин'])
    docs = [{'part': 'r03-dchs-vko-dekret.docx', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': {'full_name': 'Абенов Марат Серикович', 'email': 'a.abenov@vko-emer.kz'},
             'previous_responsible': {'full_name': 'Сидоренко Анна Викторовна'}, 'effective_date': '2027-03-10',
             'services': [{'registry_number': S[0][0]}]}]
    case('r03-dchs-vko-dekret.docx', data, docs,
         ctx(*ag, S, 'consulting', None, 'replace the responsible person from 2027-03-10'),
         'responsible_change', 'ru', 'docx', 'previous in genitive; position with a rank appended; two phones (position and phone not keyed); letter date «02» марта vs effective 10.03.2027')

def r04():
    ag = ('Шығыс Қазақстан облысының денсаулық сақтау басқармасы', 'densaulyk@vko.gov.kz', '990640003377')
    S = [('00801031', 'Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту'),
         ('00801036', 'Дәрігерге қабылдауға жазу')]
    html = ('<html><body><p>Құрметті әріптестер!</p>'
            '<p>2027 жылғы 1 наурыздан бастап 00801031, 00801036 мемлекеттік көрсетілетін қызметтер бойынша Сейітова Гүлжан Мұхтарқызының орнына '
            'жауапты тұлға болып медициналық көмекті ұйымдастыру бөлімінің бас маманы <b>Омарова Әсем Дәулетқызы</b> тағайындалды.</p>'
            '<p>Тел.: +7 (7232) 24-60-17<br>E-mail: a.omarova@densaulyk.vko.kz</p>'
            '<p>---<br>Уважаемые коллеги, сообщаем о замене ответственного лица с 01.03.2027 (подробности выше на государственном языке).</p>'
            '<p>Құрметпен / С уважением,<br>ШҚО денсаулық сақтау басқармасы</p></body></html>')
    data = eml_bytes(('ШҚО ДСБ', 'densaulyk@vko.gov.kz'), 'Жауапты тұлғаны ауыстыру / Замена ответственного лица', '2027-02-26 09:40', html=html)
    docs = [{'part': 'body', 'kind': 'responsible_change', 'language': 'kk',
             'responsible': RP('Омарова Әсем Дәулетқызы', 'медициналық көмекті ұйымдастыру бөлімінің бас маманы', '+77232246017', 'a.omarova@densaulyk.vko.kz'),
             'previous_responsible': {'full_name': 'Сейітова Гүлжан Мұхтарқызы'}, 'effective_date': '2027-03-01',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('r04-densaulyk-vko-html.eml', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/121', '2027-01-29', 'Ақпарат беру туралы сұрау салу'),
             'replace the responsible person; the case still awaits the Appendix 1 information'),
         'responsible_change', 'kk', 'eml (html only)', 'previous person in Kazakh genitive ("Мұхтарқызының орнына"); Kazakh body with a short Russian summary; new name in <b>')

def r05():
    ag = ('Комитет технического регулирования и метрологии Министерства торговли и интеграции РК', 'kazmemst@mti.gov.kz', '050340004452')
    S = [('02001004', 'Аккредитация в области оценки соответствия'), ('02001007', 'Утверждение типа средств измерений')]
    data = pdf_bytes([('b', 'Комитет технического регулирования и метрологии'), 'Министерства торговли и интеграции Республики Казахстан',
                      'г. Астана, ул. Мәңгілік Ел, 11', '', '№ 04-3/415 от 11 марта 2027 года', '', 'Единый контакт-центр', '',
                      ('b', 'О замене ответственного лица'), '',
                      'Настоящим уведомляем, что с 16 марта 2027 года ответственным лицом Комитета за представление информации по государственным услугам '
                      '02001004 и 02001007 вместо Оспанова Д.Т. определена Карабаева Индира Нурлановна, эксперт Управления метрологии.',
                      'Тел.: 8 (7172) 98-05-61', 'e-mail: i.karabayeva@mti.gov.kz', '',
                      'Все ранее направленные сведения по указанным услугам остаются без изменений.', '',
                      'Заместитель Председателя                                     Б. Кенжебаев'])
    docs = [{'part': 'r05-ktrm-zamena.pdf', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': RP('Карабаева Индира Нурлановна', 'эксперт Управления метрологии', '87172980561', 'i.karabayeva@mti.gov.kz'),
             'previous_responsible': {'full_name': 'Оспанов Д.Т.'}, 'effective_date': '2027-03-16',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('r05-ktrm-zamena.pdf', data, docs,
         ctx(*ag, S, 'consulting', None, 'replace the responsible person from 2027-03-16'),
         'responsible_change', 'ru', 'pdf', 'previous person by surname and initials in genitive ("вместо Оспанова Д.Т."); "определена" instead of "назначена"')

def r06():
    ag = ('Департамент регистрационной службы по Мангистауской области', 'mangystau@rs.adilet.gov.kz', '110240017263')
    S = [('00504011', 'Государственная регистрация прав (обременений) на недвижимое имущество')]
    body = """Коллеги, добрый день!

Информирую, что прежний ответственный сотрудник переведен в другое подразделение, с сегодняшнего дня вопросы по услуге 00504011 (гос. регистрация прав на недвижимое имущество) курирую я.

Жолдасбекова Камила Рустемовна
руководитель отдела регистрации недвижимости
тел. 8 7292 30-66-14
k.zholdasbekova@rs-mangystau.kz
"""
    data = eml_bytes(('Жолдасбекова Камила Рустемовна', 'mangystau@rs.adilet.gov.kz'), 'смена куратора услуги 00504011', '2027-03-02 08:58', body,
                     cte='qp', label='us-ascii')
    docs = [{'part': 'body', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': RP('Жолдасбекова Камила Рустемовна', 'руководитель отдела регистрации недвижимости', '87292306614', 'k.zholdasbekova@rs-mangystau.kz'),
             'previous_responsible': None, 'services': [{'registry_number': S[0][0]}]}]
    case('r06-rs-mangystau-first-person.eml', data, docs,
         ctx(*ag, S, 'consulting', None, 'replace the responsible person (previous not named)'),
         'responsible_change', 'ru', 'eml', 'UTF-8 body wrongly labelled charset=us-ascii (quoted-printable); written in the first person; the new person is only in the signature; previous person not named; "с сегодняшнего дня" (effective date not keyed)')

def r07():
    ag = ('Атырау облысы әкімдігінің табиғи ресурстар және табиғат пайдалануды реттеу басқармасы', 'tabigat@atyrau.gov.kz', '030540004418')
    S = [('01402008', 'Арнаулы су пайдалануға рұқсат беру'), ('01402014', 'Балық аулау учаскелерін бекітіп беру')]
    rows = [['Р/с №', 'Қызмет нөмірі', 'Бұрынғы жауапты тұлға', 'Жаңа жауапты тұлға (Т.А.Ә., лауазымы, байланысы)'],
            ['1', S[0][0], 'Жумагалиев Асхат Нурболатович', 'Сағынтаев Бекзат Оралұлы, су ресурстары бөлімінің бас маманы, 8 (7122) 27-55-90, b.sagyntayev@tabigat.atyrau.gov.kz'],
            ['2', S[1][0], 'Жумагалиев Асхат Нурболатович', 'Сағынтаев Бекзат Оралұлы, су ресурстары бөлімінің бас маманы, 8 (7122) 27-55-90, b.sagyntayev@tabigat.atyrau.gov.kz']]
    att = docx_bytes(['Атырау облысы әкімдігінің табиғи ресурстар және табиғат пайдалануды реттеу басқармасы', '',
                      'Шығ. № 05-12/402, 2027 жылғы 1 наурыз', '', 'Бірыңғай байланыс орталығы', '',
                      'Қағидалардың 7-тармағына сәйкес жауапты тұлғаның ауысқаны туралы хабарлаймыз (02.03.2027 бастап):', '', ('t', rows), '',
                      'Басшы                                     Б. Өтегенов'])
    body = 'Добрый день, во вложении уведомление о замене ответственного лица. Хат қоса беріледі.\n'
    data = eml_bytes(('Табиғат басқармасы', 'tabigat@atyrau.gov.kz'), 'Хабарлама / уведомление', '2027-03-01 17:20', body,
                     atts=[('habarlama_zhauapty.docx', att)])
    docs = [{'part': 'habarlama_zhauapty.docx', 'kind': 'responsible_change', 'language': 'kk',
             'responsible': RP('Сағынтаев Бекзат Оралұлы', 'су ресурстары бөлімінің бас маманы', '87122275590', 'b.sagyntayev@tabigat.atyrau.gov.kz'),
             'previous_responsible': {'full_name': 'Жумагалиев Асхат Нурболатович'}, 'effective_date': '2027-03-02',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('r07-tabigat-atyrau-table.eml', data, docs,
         ctx(*ag, S, 'consulting', None, 'replace the responsible person from 2027-03-02'),
         'responsible_change', 'kk', 'eml+docx', 'Kazakh notice as a table old|new per service; "02.03.2027 бастап" in parentheses; Russian cover line')

def r08():
    ag = ('ГУ «Аппарат акима Бурабайского района»', 'burabay@akmola.gov.kz', '000640009120')
    S = [('03101002', 'Выдача справки о наличии личного подсобного хозяйства'), ('03101005', 'Выдача справки о регистрации по месту жительства в сельском населенном пункте')]
    txt = """Аппарат акима Бурабайского района
г. Щучинск, ул. Абылай хана, 34

№ 01-18/77 от 27.02.2027

Единый контакт-центр по вопросам оказания государственных услуг

Настоящим сообщаем, что с 3 марта текущего года функции ответственного лица по взаимодействию с ЕКЦ по государственным услугам 03101002, 03101005 передаются от Мухамеджанова Ержана Токтаровича (переведен в аппарат акима области) к главному специалисту отдела документационного обеспечения Калиевой Асель Маратовне.
Контактные данные: тел. 8 (71636) 4-05-28, e-mail: kaliyeva.a@burabay.kz

Руководитель аппарата акима района
М. Ахмедиев
"""
    docs = [{'part': 'r08-burabay-peredacha.txt', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': {'full_name': 'Калиева Асель Маратовна', 'phone': '87163640528', 'email': 'kaliyeva.a@burabay.kz'},
             'previous_responsible': {'full_name': 'Мухамеджанов Ержан Токтарович'}, 'effective_date': '2027-03-03',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('r08-burabay-peredacha.txt', txt.encode('utf-8'), docs,
         ctx(*ag, S, 'consulting', None, 'replace the responsible person from 2027-03-03'),
         'responsible_change', 'ru', 'txt', '"с 3 марта текущего года" (year from the letter date); previous in genitive, new in dative with position before the name')

def r09():
    ag = ('Департамент экологии по Жамбылской области Комитета экологического регулирования и контроля МЭПР РК', 'zhambyl@eco.gov.kz', '081040015614')
    S = [('01405003', 'Выдача экологических разрешений на воздействие для объектов III категории'),
         ('01405009', 'Выдача заключения государственной экологической экспертизы для объектов II категории')]
    body = """Здравствуйте!

Прошу внести изменения в ваши контакты: вместо Кузнецовой Ирины Павловны (уволилась) ответственной за услуги 01405003 и 01405009 будет Тлеубаева Гаухар Нуржановна, главный специалист отдела экологического регулирования.

тел. 8 (7262) 45-29-03
gaukhar.tleubayeva@eco.gov.kz

Спасибо.

28.02.2027, 14:02, "Единый контакт-центр" <info@ekc.gov.kz>:
> Уважаемая Ирина Павловна!
> В рамках ежеквартальной сверки просим подтвердить актуальность контактных данных ответственного лица по услугам 01405003, 01405009.
> --
> Единый контакт-центр
"""
    data = eml_bytes(('Тлеубаева Гаухар', 'zhambyl@eco.gov.kz'), 'Re: Сверка контактных данных (01405003, 01405009)', '2027-03-01 10:20', body)
    docs = [{'part': 'body', 'kind': 'responsible_change', 'language': 'ru',
             'responsible': RP('Тлеубаева Гаухар Нуржановна', 'главный специалист отдела экологического регулирования', '87262452903', 'gaukhar.tleubayeva@eco.gov.kz'),
             'previous_responsible': {'full_name': 'Кузнецова Ирина Павловна'}, 'effective_date': None,
             'services': [{'registry_number': x[0]} for x in S]}]
    case('r09-eco-zhambyl-reply-to-questions.eml', data, docs,
         ctx(*ag, S, 'consulting', ('ЕКЦ-2027/196', '2027-02-28', 'Сверка контактных данных ответственных лиц'),
             'replace the responsible person (effective date not stated)'),
         'responsible_change', 'ru', 'eml', 'reply to our routine contact check; previous in genitive; no effective date; quoted message addresses the old person by name and patronymic')

def r10():
    ag = ('Жетісу облысының ауыл шаруашылығы басқармасы', 'auylsharuashylygy@zhetisu.gov.kz', '221040022871')
    S = [('00102031', 'Тыңайтқыштардың құнын субсидиялау'), ('00102034', 'Пестицидтердің құнын субсидиялау'), ('00102040', 'Асыл тұқымды мал шаруашылығын дамытуды субсидиялау')]
    rows = [['', 'Т.А.Ә.', 'Лауазымы', 'Телефоны', 'E-mail'],
            ['Бұрынғы жауапты тұлға', 'Тұрсынов Нұржан Әмірұлы', 'бас маман', '', ''],
            ['Жаңа жауапты тұлға', 'Әбдіқадырова Динара Болатқызы', 'субсидиялау бөлімінің басшысы', '8 (7282) 30-71-46', 'd.abdikadyrova@agro.zhetisu.kz']]
    data = docx_bytes(['ЖЕТІСУ ОБЛЫСЫНЫҢ АУЫЛ ШАРУАШЫЛЫҒЫ БАСҚАРМАСЫ', 'Талдықорған қ., Тәуелсіздік к-сі, 38', '',
                       '05.03.2027 № 07-04/318', '', 'Бірыңғай байланыс орталығына', '',
                       'Жетісу облысының ауыл шаруашылығы басқармасы 00102031, 00102034, 00102040 мемлекеттік көрсетілетін қызметтер бойынша '
                       'жауапты тұлғаның 2027 жылғы 10 наурыздан бастап ауысатынын хабарлайды:', '', ('t', rows), '',
                       'Басшының м.а.                                  Е. Нұрпейісов'])
    docs = [{'part': 'r10-agro-zhetisu-table.docx', 'kind': 'responsible_change', 'language': 'kk',
             'responsible': RP('Әбдіқадырова Динара Болатқызы', 'субсидиялау бөлімінің басшысы', '87282307146', 'd.abdikadyrova@agro.zhetisu.kz'),
             'previous_responsible': {'full_name': 'Тұрсынов Нұржан Әмірұлы'}, 'effective_date': '2027-03-10',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('r10-agro-zhetisu-table.docx', data, docs,
         ctx(*ag, S, 'consulting', None, 'replace the responsible person from 2027-03-10'),
         'responsible_change', 'kk', 'docx', 'old and new person as rows of a small table with labelled columns; "м.а." signer; date in the outgoing-number line differs')
# ================================================================ CHANGE NOTICES (p.6)
def ch(reg, standard=None, regulation=None, npa=None, web=None):
    return {'registry_number': reg, 'standard': standard, 'regulation': regulation, 'npa_changes': npa, 'website': web}

def c01():
    ag = ('Комитет медицинского и фармацевтического контроля Министерства здравоохранения РК', 'kmfk@dsm.gov.kz', '140540027730')
    S = [('00803004', 'Выдача лицензии на фармацевтическую деятельность')]
    std = 'Правила оказания государственной услуги «Выдача лицензии на фармацевтическую деятельность», утвержденные приказом Министра здравоохранения Республики Казахстан от 12 февраля 2027 года № 58'
    body = f"""Уважаемые коллеги!

В рамках пункта 6 Правил взаимодействия информируем об изменении сведений по государственной услуге 00803004 «Выдача лицензии на фармацевтическую деятельность».

Новые реквизиты стандарта: {std}.
Приказ вступил в силу 1 марта 2027 года; прежний приказ от 27 апреля 2026 года № 270 в части данной услуги утратил силу.

Остальные сведения (регламент, интернет-ресурс, ответственное лицо) не изменились.

С уважением,
Абдуллаева Мадина Ерболовна
главный эксперт Управления лицензирования
+7 (7172) 74-31-55
"""
    data = eml_bytes(('Абдуллаева Мадина', 'kmfk@dsm.gov.kz'), 'Изменение стандарта госуслуги 00803004', '2027-03-04 11:48', body)
    docs = [{'part': 'body', 'kind': 'change_notice', 'language': 'ru', 'services': [ch(S[0][0], standard=std)], 'change_date': '2027-03-01'}]
    case('c01-kmfk-new-standard.eml', data, docs,
         ctx(*ag, S, 'consulting', None, 'update the standard of 00803004; changed on 2027-03-01'),
         'change_notice', 'ru', 'eml', 'the old act is also named (must not be taken as the new standard); change date is the entry into force, not the mail date')

def c02():
    ag = ('ГУ «Управление образования Павлодарской области»', 'edu@pavlodar.gov.kz', '990240005617')
    S = [('00601021', 'Прием документов и зачисление детей в дошкольные организации'),
         ('00601034', 'Выдача дубликатов документов об основном среднем, общем среднем образовании')]
    rows = [['№ услуги в Реестре', 'Стандарт государственной услуги', 'Регламент государственной услуги'],
            ['00601021', 'приказ Министра просвещения РК от 05.02.2027 № 44', 'постановление акимата Павлодарской области от 18.02.2027 № 31/2'],
            ['00601034', 'приказ Министра просвещения РК от 05.02.2027 № 44', 'постановление акимата Павлодарской области от 18.02.2027 № 31/2']]
    data = docx_bytes(['Управление образования Павлодарской области', 'исх. № 2-13/905 от 24.02.2027', '',
                       'В Единый контакт-центр', '',
                       'В связи с утверждением новых стандартов и регламентов направляем актуализированные сведения (только изменившиеся графы 4 и 5). Изменения действуют с 20.02.2027.',
                       '', ('t', rows), '', 'Исполнитель: Сагындыкова А.Ж., 32-11-09'])
    docs = [{'part': 'c02-edu-pavlodar-changed-cols.docx', 'kind': 'change_notice', 'language': 'ru',
             'services': [ch('00601021', rows[1][1], rows[1][2]), ch('00601034', rows[2][1], rows[2][2])], 'change_date': '2027-02-20'}]
    case('c02-edu-pavlodar-changed-cols.docx', data, docs,
         ctx(*ag, S, 'consulting', None, 'update standard and regulation of two services, changed on 2027-02-20'),
         'change_notice', 'ru', 'docx', 'short table with only the changed columns (registry number, standard, regulation); executor line under it (not a form)')

def c03():
    ag = ('Түркістан облысының мәдениет басқармасы', 'madeniet@turkistan.gov.kz', '190140015523')
    S = [('00703004', 'Тарихи-мәдени мұра объектілерінде ғылыми-реставрациялық жұмыстарды жүргізуге келісім беру'),
         ('00703011', 'Мұрағаттық анықтамалар беру'),
         ('00706015', 'Мәдени құндылықтарды уақытша әкетуге куәлік беру')]
    body = """Құрметті Бірыңғай байланыс орталығы!

Басқарманың интернет-ресурсы көшірілуіне байланысты 2027 жылғы 1 наурыздан бастап 00703004, 00703011, 00706015 мемлекеттік көрсетілетін қызметтер туралы ақпарат мына мекенжайда орналастырылады: https://madeniet.turkistan.gov.kz/memlekettik-qyzmetter

Бұрынғы www.gov.kz/memleket/entities/turkestan-madeniet парақшасы жаңартылмайды.

Құрметпен,
С. Әлібекова
"""
    data = eml_bytes(('Сәуле Әлібекова', 'madeniet@turkistan.gov.kz'), 'Интернет-ресурстың өзгеруі', '2027-02-27 10:05', body)
    W = 'https://madeniet.turkistan.gov.kz/memlekettik-qyzmetter'
    docs = [{'part': 'body', 'kind': 'change_notice', 'language': 'kk', 'services': [ch(x[0], web=W) for x in S], 'change_date': '2027-03-01'}]
    case('c03-madeniet-new-website-kk.eml', data, docs,
         ctx(*ag, S, 'consulting', None, 'update the website of three services from 2027-03-01'),
         'change_notice', 'kk', 'eml', 'Kazakh; new and old addresses both present; three services on one line')

def c04():
    ag = ('ГУ «Управление ветеринарии акимата Костанайской области»', 'vet@kostanay.gov.kz', '050840007781')
    S = [('00901007', 'Выдача ветеринарного паспорта на животное'), ('00901013', 'Выдача ветеринарной справки')]
    reg = 'постановление акимата Костанайской области от 15 февраля 2027 года № 48 «Об утверждении регламентов государственных услуг в области ветеринарии»'
    npa = 'приказ Министра сельского хозяйства РК от 20 января 2027 года № 17 «О внесении изменений в приказ от 7 апреля 2026 года № 133»'
    txt = f"""Управление ветеринарии акимата Костанайской области

исх. № 08-04/233
«3» марта 2027 г.

Единый контакт-центр

Об актуализации информации

По государственным услугам 00901007 «Выдача ветеринарного паспорта на животное» и 00901013 «Выдача ветеринарной справки» сообщаем следующие изменения:

1) регламент: {reg};
2) изменения НПА: {npa}.

Стандарт и интернет-ресурс не изменились.

Начальник отдела ветеринарно-санитарного контроля           И. Петренко
"""
    docs = [{'part': 'c04-vet-kostanay-reglament.txt', 'kind': 'change_notice', 'language': 'ru',
             'services': [ch(x[0], regulation=reg, npa=npa) for x in S]}]
    case('c04-vet-kostanay-reglament.txt', txt.encode('utf-8'), docs,
         ctx(*ag, S, 'consulting', None, 'update regulation and legal acts of two services'),
         'change_notice', 'ru', 'txt', 'numbered list of changes closed by ";" and "."; the old standard date appears inside the act title; no change date (not keyed: several dates in text)')

def c05():
    ag = ('ГУ «Управление сельского хозяйства акимата Северо-Казахстанской области»', 'agro@sko.gov.kz', '000440002295')
    S = [('00102031', 'Субсидирование стоимости удобрений (за исключением органических)'),
         ('00102034', 'Субсидирование стоимости пестицидов, биоагентов (энтомофагов)'),
         ('00102040', 'Субсидирование развития племенного животноводства, повышения продуктивности и качества продукции животноводства')]
    rows = [['Актуализация сведений (п. 6 Правил) — изменился интернет-ресурс'],
            ['№ в реестре', 'Наименование', 'Интернет-ресурс (новый)'],
            ['00102031', S[0][1], 'https://qoldau.kz/ru/subsidies'],
            ['00102034', S[1][1], 'https://qoldau.kz/ru/subsidies'],
            ['00102040', S[2][1], 'https://qoldau.kz/ru/subsidies/livestock']]
    data = xlsx_bytes([('изменения', rows, {'merge': ['A1:C1'], 'widths': {'B': 60, 'C': 40}})])
    docs = [{'part': 'c05-agro-sko-website.xlsx', 'kind': 'change_notice', 'language': 'ru',
             'services': [ch(r[0], web=r[2]) for r in rows[2:]]}]
    case('c05-agro-sko-website.xlsx', data, docs,
         ctx(*ag, S, 'consulting', None, 'update the website of three services'),
         'change_notice', 'ru', 'xlsx', 'three-column sheet: number, name, new website only; title row merged across')

def c06():
    ag = ('Маңғыстау облысының туризм басқармасы', 'turizm@mangystau.gov.kz', '210240009931')
    S = [('02901004', 'Туристік агенттік қызметпен айналысатын тұлғаларды тізілімге енгізу')]
    std = 'Қазақстан Республикасы Туризм және спорт министрінің 2027 жылғы 2 ақпандағы № 31 бұйрығымен бекітілген «Туристік агенттік қызметпен айналысатын тұлғаларды тізілімге енгізу» мемлекеттік көрсетілетін қызмет қағидалары'
    data = pdf_bytes([('b', 'МАҢҒЫСТАУ ОБЛЫСЫНЫҢ ТУРИЗМ БАСҚАРМАСЫ'), 'Ақтау қ., 14 ш/а, 1-ғимарат', '',
                      '2027 жылғы 20 ақпан № 09-03/118', '', 'Бірыңғай байланыс орталығы', '',
                      ('b', 'Ақпараттың өзгергені туралы'), '',
                      'Қағидалардың 6-тармағына сәйкес 02901004 мемлекеттік көрсетілетін қызмет бойынша бұрын ұсынылған ақпаратқа өзгеріс енгізілгенін хабарлаймыз.',
                      f'Жаңа стандарт: {std}.',
                      'Бұйрық 2027 жылғы 16 ақпаннан бастап қолданысқа енгізілді.', '',
                      'Басшының орынбасары                         Ғ. Құлжанов', '', 'Орынд.: Е. Жұмабай, 8 (7292) 20-31-44'])
    docs = [{'part': 'c06-turizm-standart-kk.pdf', 'kind': 'change_notice', 'language': 'kk',
             'services': [ch(S[0][0], standard=std)], 'change_date': '2027-02-16'}]
    case('c06-turizm-standart-kk.pdf', data, docs,
         ctx(*ag, S, 'consulting', None, 'update the standard of 02901004; changed on 2027-02-16'),
         'change_notice', 'kk', 'pdf', 'Kazakh PDF letter; three dates (letter, order, entry into force "2027 жылғы 16 ақпаннан бастап")')

def c07():
    ag = ('Комитет миграционной службы Министерства внутренних дел Республики Казахстан', 'kms@mvd.gov.kz', '130340021107')
    S = [('00302101', 'Выдача разрешений на временное проживание иностранцам и лицам без гражданства'),
         ('00302110', 'Выдача приглашений на въезд в Республику Казахстан')]
    n1 = 'Приказ Министра внутренних дел РК от 17 февраля 2027 года № 122 «О внесении изменений в приказ МВД РК от 29 мая 2026 года № 410»'
    n2 = 'Приказ Министра внутренних дел РК от 17 февраля 2027 года № 123 «О внесении изменения в приказ МВД РК от 3 июня 2026 года № 415»'
    html = ('<html><head><meta charset="utf-8"></head><body><p>Добрый день!</p>'
            '<p>Актуализируем сведения по графе 6 «Изменения нормативных правовых актов» (изменения вступили в силу 28.02.2027):</p>'
            '<table border=1 cellspacing=0 cellpadding=3><tr><td><b>№ в реестре</b></td><td><b>Изменения НПА</b></td></tr>'
            f'<tr><td>00302101</td><td>{n1}</td></tr><tr><td>00302110</td><td>{n2}</td></tr></table>'
            '<p>С уважением,<br>Сейтказина М.А.<br>КМС МВД РК</p>'
            '<p style="font-size:8pt;color:gray">Конфиденциально. Только для служебного пользования адресатом.</p></body></html>')
    data = eml_bytes(('Сейтказина Меруерт', 'kms@mvd.gov.kz'), 'Актуализация графы 6 (00302101, 00302110)', '2027-03-03 16:16', html=html)
    docs = [{'part': 'body', 'kind': 'change_notice', 'language': 'ru',
             'services': [ch('00302101', npa=n1), ch('00302110', npa=n2)], 'change_date': '2027-02-28'}]
    case('c07-kms-npa-html.eml', data, docs,
         ctx(*ag, S, 'consulting', None, 'update the legal-acts column of two services'),
         'change_notice', 'ru', 'eml (html only)', 'two-column HTML table (registry number | acts); column named by its number "графа 6"')

def c08():
    ag = ('Жарма ауданы әкімдігінің «Жер қатынастары бөлімі» ММ', 'zher@zharma.abay.gov.kz', '120340018852')
    S = [('01601003', 'Жер учаскесін сатып алу-сату шартын жасасу'), ('01601009', 'Жер учаскесіне сәйкестендіру құжаттарын дайындау')]
    rows = [['Тізілімдегі нөмірі', 'Өзгерген баған', 'Жаңа мәні'],
            ['01601003', 'Регламент', 'Абай облысы әкімдігінің 2027 жылғы 12 ақпандағы № 29 қаулысы'],
            ['01601009', 'Регламент', 'Абай облысы әкімдігінің 2027 жылғы 12 ақпандағы № 30 қаулысы'],
            ['01601009', 'Интернет-ресурс', 'https://www.gov.kz/memleket/entities/abay-zharma']]
    data = docx_bytes(['«Жер қатынастары бөлімі» ММ', 'Шығ. № 112, 2027 жылғы 25 ақпан', '',
                       'Бірыңғай байланыс орталығына', '',
                       'Бұрын жолданған ақпаратқа мынадай өзгерістер енгізілді:', ('t', rows),
                       'Өзгерістер 2027 жылғы 22 ақпаннан бастап күшіне енді.', '', 'Орындаған: Оспанова Г.С.'])
    docs = [{'part': 'c08-zharma-ozgeris-kk.docx', 'kind': 'change_notice', 'language': 'kk',
             'services': [ch('01601003', regulation=rows[1][2]), ch('01601009', regulation=rows[2][2], web=rows[3][2])],
             'change_date': '2027-02-22'}]
    case('c08-zharma-ozgeris-kk.docx', data, docs,
         ctx(*ag, S, 'consulting', None, 'update regulation of two services and website of one'),
         'change_notice', 'kk', 'docx', 'Kazakh "registry | changed column | new value" table; one service on two rows (two changed fields must merge into one service)')

def c09():
    ag = ('ГУ «Управление архитектуры и градостроительства города Астаны»', 'sauleti@astana.gov.kz', '080240017733')
    S = [('01204015', 'Выдача архитектурно-планировочного задания (АПЗ) и технических условий'),
         ('01204022', 'Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий')]
    std = 'Приказ Министра промышленности и строительства РК от 9 января 2027 года № 5 «Об утверждении Правил оказания государственных услуг в сфере архитектурной, градостроительной и строительной деятельности»'
    rows = [H8, ['1', S[0][0], S[0][1], std, 'без изменений', 'без изменений', 'без изменений', 'без изменений'],
            ['2', S[1][0], S[1][1], std, 'без изменений', 'без изменений', 'https://astana.gov.kz/ru/services/sauleti', 'без изменений']]
    att = docx_bytes([('b', 'Актуализированная информация по государственным услугам (п. 6 Правил)'), ('t', rows),
                      'Исполнитель: Исмаилов Т.А.', 'Дата: 02.03.2027'], landscape_=True, size=10)
    body = ('Добрый день!\nНаправляем обновленную форму. Изменился стандарт по обеим услугам (приказ от 09.01.2027 № 5, действует с 01.02.2027), '
            'а по 01204022 — также адрес страницы. В остальных графах — «без изменений».\n\nИсмаилов Тимур\n')
    data = eml_bytes(('Исмаилов Тимур Айдарович', 'sauleti@astana.gov.kz'), 'Актуализация сведений по АПЗ и перепланировке', '2027-03-02 12:12',
                     body, atts=[('aktualizaciya_01204015_01204022.docx', att)])
    docs = [{'part': 'aktualizaciya_01204015_01204022.docx', 'kind': 'change_notice', 'language': 'ru',
             'services': [ch(S[0][0], standard=std), ch(S[1][0], standard=std, web='https://astana.gov.kz/ru/services/sauleti')]}]
    case('c09-apz-revised-form.eml', data, docs,
         ctx(*ag, S, 'consulting', None, 'update standard of two services and website of one'),
         'change_notice', 'ru', 'eml+docx', 'a revised full Appendix 1 table where unchanged cells say "без изменений" (keyed null); change date only in the covering note, not in the attachment (not keyed)')

def c10():
    ag = ('Алматы облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы', 'enbek@almobl.gov.kz', '981140001276')
    S = [('02201012', 'Атаулы әлеуметтік көмек тағайындау')]
    std = 'ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2027 жылғы 8 ақпандағы № 40 бұйрығы'
    txt = f"""Бірыңғай байланыс орталығына
В Единый контакт-центр

02201012 «Атаулы әлеуметтік көмек тағайындау» мемлекеттік көрсетілетін қызметі бойынша стандарт өзгерді.
По услуге 02201012 изменился стандарт.

Жаңа стандарт / новый стандарт: {std}
Күшіне енген күні / дата вступления в силу: 2027 жылғы 1 наурыз

Регламент, интернет-ресурс өзгерген жоқ.

Сәрсенбаев Е.М., 8 (7282) 41-09-33
"""
    docs = [{'part': 'c10-enbek-almobl-mixed.txt', 'kind': 'change_notice',
             'services': [ch(S[0][0], standard=std)], 'change_date': '2027-03-01'}]
    case('c10-enbek-almobl-mixed.txt', txt.encode('utf-8'), docs,
         ctx(*ag, S, 'consulting', None, 'update the standard of 02201012 from 2027-03-01'),
         'change_notice', 'kk+ru', 'txt', 'line-by-line Kazakh/Russian; labels "Жаңа стандарт / новый стандарт:"; Kazakh date form; language not keyed')
# ================================================================ REFUSALS (p.11)
def x01():
    ag = ('Департамент по делам обороны Карагандинской области', 'ddo-karaganda@mod.gov.kz', '980340002245')
    S = [('03701004', 'Выдача справок о прохождении воинской службы')]
    body = """Уважаемые коллеги!

Департамент по делам обороны Карагандинской области, рассмотрев запрос Единого контакт-центра от 01.03.2027 № ЕКЦ-2027/203 о представлении перечня и адресов воинских частей, в которых граждане могут получить справку о прохождении воинской службы (услуга 03701004), сообщает, что представить указанную информацию не представляется возможным, поскольку сведения о дислокации воинских частей составляют государственные секреты.

Для получения справки услугополучатели обращаются в местные органы военного управления по месту жительства либо через портал электронного правительства.

Начальник Департамента
полковник                                    Д. Сейткали
"""
    data = eml_bytes(('ДДО Карагандинской области', 'ddo-karaganda@mod.gov.kz'), 'На ЕКЦ-2027/203', '2027-03-05 10:00', body)
    docs = [{'part': 'body', 'kind': 'refusal', 'language': 'ru',
             'refusal_reason': 'сведения о дислокации воинских частей составляют государственные секреты',
             'refusal_ground': 'state_secret', 'services': [{'registry_number': S[0][0]}]}]
    case('x01-ddo-gossekret.eml', data, docs,
         ctx(*ag, S, 'additional_answer', ('ЕКЦ-2027/203', '2027-03-01', 'О представлении дополнительной информации по услуге 03701004'),
             'record a lawful refusal (state secret)'),
         'refusal', 'ru', 'eml', 'the refusal sits in the middle of a long sentence after a description of our request; helpful alternative follows')

def x02():
    ag = ('Қазақстан Республикасы Ұлттық қауіпсіздік комитетінің Шекара қызметі', 'kanc@shekara.knb.kz', '991140001983')
    S = [('03802003', 'Шекара аймағына кіруге рұқсаттама беру')]
    data = docx_bytes(['ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҰЛТТЫҚ ҚАУІПСІЗДІК КОМИТЕТІНІҢ ШЕКАРА ҚЫЗМЕТІ', '', '2027 жылғы 6 наурыз № 21/4-1187', '',
                       'Бірыңғай байланыс орталығы', '',
                       '2027 жылғы 2 наурыздағы № ЕКЦ-2027/205 хатқа',
                       '',
                       '«Шекара аймағына кіруге рұқсаттама беру» (№ 03802003) мемлекеттік көрсетілетін қызметі бойынша шекара бекеттерінің орналасуы және '
                       'рұқсаттамаларды тексеру тәртібі туралы сұратылған мәліметтер мемлекеттік құпияларға жатады, сондықтан оларды ұсыну мүмкін емес.',
                       'Қызметті алу тәртібі туралы жалпы ақпарат egov.kz порталында орналастырылған.', '',
                       'Бастықтың орынбасары                          Н. Әміров'])
    docs = [{'part': 'x02-shekara-kk.docx', 'kind': 'refusal', 'language': 'kk',
             'refusal_reason': 'сұратылған мәліметтер мемлекеттік құпияларға жатады',
             'refusal_ground': 'state_secret', 'services': [{'registry_number': S[0][0]}]}]
    case('x02-shekara-kk.docx', data, docs,
         ctx(*ag, S, 'additional_answer', ('ЕКЦ-2027/205', '2027-03-02', 'Қосымша ақпарат беру туралы'),
             'record a lawful refusal (state secret)'),
         'refusal', 'kk', 'docx', 'Kazakh; the reason phrase is split by a long subject phrase in the same sentence')

def x03():
    ag = ('ГУ «Управление энергетики и жилищно-коммунального хозяйства Карагандинской области»', 'energo@karaganda.gov.kz', '060640009918')
    S = [('01801014', 'Выдача справки о расчете тарифа на коммунальные услуги для населения')]
    body = """Добрый день!

На запрос ЕКЦ-2027/207 от 02.03.2027.

Управление не может представить калькуляцию тарифа ТОО «Караганды Жылу» в разрезе статей затрат, так как данная информация составляет коммерческую тайну субъекта естественной монополии и передана нам только для служебного пользования.

Общая информация об утвержденных тарифах размещена на сайте ДКРЕМ по Карагандинской области.

Главный специалист отдела тарифной политики
Горбунов Алексей Валерьевич
8 (7212) 41-09-12

Конфиденциальность: сообщение предназначено только для указанного получателя.
"""
    data = eml_bytes(('Горбунов Алексей', 'energo@karaganda.gov.kz'), 'RE: ЕКЦ-2027/207 запрос калькуляции', '2027-03-04 14:25', body,
                     charset='windows-1251', cte='qp')
    docs = [{'part': 'body', 'kind': 'refusal', 'language': 'ru',
             'refusal_reason': 'данная информация составляет коммерческую тайну субъекта естественной монополии',
             'refusal_ground': 'commercial_secret', 'services': []}]
    case('x03-energo-kommercheskaya-tayna.eml', data, docs,
         ctx(*ag, S, 'additional_answer', ('ЕКЦ-2027/207', '2027-03-02', 'О представлении дополнительной информации (калькуляция тарифа)'),
             'record a lawful refusal (commercial secret)'),
         'refusal', 'ru', 'eml', 'windows-1251 qp; no registry number in the letter (services keyed empty); confidentiality disclaimer that is not the reason')

def x04():
    ag = ('ГУ «Управление предпринимательства и индустриально-инновационного развития Актюбинской области»', 'biznes@aktobe.gov.kz', '970440013390')
    S = [('02101012', 'Субсидирование ставки вознаграждения по кредитам субъектов предпринимательства')]
    txt = """ГУ «Управление предпринимательства и индустриально-инновационного развития Актюбинской области»
Исх. № 04-2/611 от 09.03.2027

Единый контакт-центр

Касательно Вашего запроса № ЕКЦ-2027/210 о предоставлении перечня получателей субсидий по услуге 02101012 с указанием сумм и условий договоров.

Причина отказа: сведения об условиях договоров субсидирования являются коммерческой тайной получателей субсидий и финансового агентства.

Одновременно сообщаем, что общие условия субсидирования опубликованы в постановлении Правительства РК и на сайте финансового агентства.

Руководитель                                 Ж. Ермеков
Исп. Ермекова А., 55-08-73
"""
    docs = [{'part': 'x04-aktobe-refusal.txt', 'kind': 'refusal', 'language': 'ru',
             'refusal_reason': 'сведения об условиях договоров субсидирования являются коммерческой тайной получателей субсидий и финансового агентства',
             'refusal_ground': 'commercial_secret', 'services': [{'registry_number': S[0][0]}]}]
    case('x04-aktobe-refusal.txt', txt.encode('utf-8'), docs,
         ctx(*ag, S, 'additional_answer', ('ЕКЦ-2027/210', '2027-03-03', 'О представлении перечня получателей субсидий'),
             'record a lawful refusal (commercial secret)'),
         'refusal', 'ru', 'txt', '"Причина отказа:" label; executor is the earlier appointed person')

def x05():
    ag = ('Шығыс Қазақстан облысының денсаулық сақтау басқармасы', 'densaulyk@vko.gov.kz', '990640003377')
    S = [('00801031', 'Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту')]
    body = """Құрметті әріптестер!

ЕКЦ-2027/212 сұрау салуыңыз бойынша: азамат Н.-ның емханаға бекітілуі мен диагнозы туралы мәліметтерді ұсына алмаймыз, себебі азаматтың денсаулық жағдайы туралы мәліметтер дәрігерлік құпияны құрайды және Кодекске сәйкес заңмен қорғалады.

Азамат өзі тікелей емхананың тіркеу бөліміне жүгіне алады.

Құрметпен,
Омарова Ә.Д.
"""
    data = eml_bytes(('Омарова Әсем', 'densaulyk@vko.gov.kz'), 'Жауап: ЕКЦ-2027/212', '2027-03-09 11:50', body)
    docs = [{'part': 'body', 'kind': 'refusal', 'language': 'kk',
             'refusal_reason': 'азаматтың денсаулық жағдайы туралы мәліметтер дәрігерлік құпияны құрайды',
             'refusal_ground': 'protected_secret'}]
    case('x05-densaulyk-vko-medsecret-kk.eml', data, docs,
         ctx(*ag, S, 'additional_answer', ('ЕКЦ-2027/212', '2027-03-05', 'Азаматтың өтініші бойынша қосымша ақпарат'),
             'record a lawful refusal (medical secret protected by law)'),
         'refusal', 'kk', 'eml', 'Kazakh; medical secrecy (protected by law) — neither state nor commercial; reason followed by "және ... заңмен қорғалады"')

def x06():
    ag = ('Департамент государственных доходов по городу Алматы', 'almaty@kgd.minfin.gov.kz', '030940015533')
    S = [('00401093', 'Выдача справки о суммах полученных доходов из источников в Республике Казахстан и удержанных (уплаченных) налогов')]
    data = pdf_bytes([('b', 'ДЕПАРТАМЕНТ ГОСУДАРСТВЕННЫХ ДОХОДОВ ПО ГОРОДУ АЛМАТЫ'), 'Комитета государственных доходов Министерства финансов Республики Казахстан',
                      'г. Алматы, ул. Абылай хана, 93/95', '', '10.03.2027 № МКД-02-11/3317', '', 'Руководителю Единого контакт-центра', '',
                      'На письмо от 04.03.2027 № ЕКЦ-2027/209', '',
                      'Департамент государственных доходов по г. Алматы, рассмотрев запрос о представлении сведений о причинах отказа в выдаче справки '
                      '(услуга 00401093) конкретному услугополучателю (ИИН указан в запросе), сообщает следующее.',
                      'Согласно статье 27 Налогового кодекса Республики Казахстан сведения о налогоплательщике, полученные органом государственных доходов, '
                      'составляют налоговую тайну и не подлежат разглашению третьим лицам, за исключением случаев, предусмотренных Кодексом.',
                      'В связи с изложенным представить запрашиваемую информацию не представляется возможным.',
                      'Услугополучатель вправе получить разъяснения лично, обратившись в Департамент.', '',
                      'Заместитель руководителя                                 М. Тасжанов', '', 'Исп.: Ли Р., 8 (727) 259-33-17'])
    docs = [{'part': 'x06-dgd-almaty-nalog-tayna.pdf', 'kind': 'refusal', 'language': 'ru',
             'refusal_reason': 'сведения о налогоплательщике, полученные органом государственных доходов, составляют налоговую тайну и не подлежат разглашению третьим лицам',
             'refusal_ground': 'protected_secret', 'services': [{'registry_number': S[0][0]}]}]
    case('x06-dgd-almaty-nalog-tayna.pdf', data, docs,
         ctx(*ag, S, 'additional_answer', ('ЕКЦ-2027/209', '2027-03-04', 'О причинах отказа услугополучателю'),
             'record a lawful refusal (tax secret)'),
         'refusal', 'ru', 'pdf', 'tax secret is another secret protected by law; the reason and the conclusion are in separate sentences')

def x07():
    ag = ('ГУ «Управление земельных отношений города Алматы»', 'zher@almaty.gov.kz', '030140012286')
    S = [('01601014', 'Выдача решения на изменение целевого назначения земельного участка')]
    body = """Уважаемые коллеги!

По вашему запросу ЕКЦ-2027/214 о порядке выдачи актов на право частной собственности на земельный участок разъясняем, что рассмотрение указанного вопроса не относится к компетенции Управления земельных отношений. Изготовление и выдача идентификационных документов на земельный участок осуществляется НАО «Государственная корпорация «Правительство для граждан».

Рекомендуем направить запрос в филиал Госкорпорации по г. Алматы.

С уважением,
Сапарова А.Б.
+7 727 271-64-05
"""
    data = eml_bytes(('Сапарова Айгерим', 'zher@almaty.gov.kz'), 'Re: ЕКЦ-2027/214', '2027-03-10 09:33', body)
    docs = [{'part': 'body', 'kind': 'refusal', 'language': 'ru',
             'refusal_reason': 'рассмотрение указанного вопроса не относится к компетенции Управления земельных отношений',
             'refusal_ground': 'not_competent'}]
    case('x07-zher-almaty-ne-kompetenciya.eml', data, docs,
         ctx(*ag, S, 'additional_answer', ('ЕКЦ-2027/214', '2027-03-06', 'О порядке выдачи идентификационных документов'),
             'record the refusal (not in the agency\'s competence) and redirect the question'),
         'refusal', 'ru', 'eml', 'polite "разъясняем" framing; points to another body; no registry number in the text')

def x08():
    ag = ('Қызылорда қаласы әкімдігінің тұрғын үй-коммуналдық шаруашылығы бөлімі', 'tkshb@kyzylorda-city.gov.kz', '980540003362')
    S = [('01801006', 'Тұрғын үй көмегін тағайындау')]
    txt = """Шығ. № 04-02/161
2027 жылғы 11 наурыз

Бірыңғай байланыс орталығына

Сіздің 2027 жылғы 5 наурыздағы ЕКЦ-2027/211 хатыңызды қарап, көпқабатты үйлердегі жылу беру тарифтерінің есебі туралы мәселе бөлімнің құзыретіне кірмейтінін хабарлаймыз. Тарифтерді бекіту табиғи монополияларды реттеу жөніндегі уәкілетті органның құзыретіне жатады.

01801006 «Тұрғын үй көмегін тағайындау» қызметі бойынша қосымша сұрақтарыңыз болса, Ибрагимова З.Т.-ға хабарласуыңызды сұраймыз.

Бөлім басшысы                Н. Данабаев
"""
    docs = [{'part': 'x08-tkshb-kyzylorda-kk.txt', 'kind': 'refusal', 'language': 'kk',
             'refusal_reason': 'жылу беру тарифтерінің есебі туралы мәселе бөлімнің құзыретіне кірмейтінін хабарлаймыз',
             'refusal_ground': 'not_competent'}]
    case('x08-tkshb-kyzylorda-kk.txt', txt.encode('utf-8'), docs,
         ctx(*ag, S, 'additional_answer', ('ЕКЦ-2027/211', '2027-03-05', 'Жылу тарифтері туралы қосымша ақпарат'),
             'record the refusal (not in competence)'),
         'refusal', 'kk', 'txt', 'Kazakh; a registry number is mentioned only as an offer for further questions (services not keyed)')

def x09():
    ag = ('ГУ «Управление образования Павлодарской области»', 'edu@pavlodar.gov.kz', '990240005617')
    S = [('00601021', 'Прием документов и зачисление детей в дошкольные организации')]
    body = """Здравствуйте.

На ЕКЦ-2027/216: статистику очередности в детские сады в разрезе каждого сельского округа Управление не ведёт, в связи с чем представить запрашиваемую информацию не можем. Данные ведутся районными отделами образования в системе «Е-кезек».

Сагындыкова А.Ж.
"""
    data = eml_bytes(('Сагындыкова Айым', 'edu@pavlodar.gov.kz'), 'RE: ЕКЦ-2027/216 очередность', '2027-03-11 16:30', body,
                     charset='windows-1251', cte='base64', label=None)
    docs = [{'part': 'body', 'kind': 'refusal', 'language': 'ru',
             'refusal_reason': 'статистику очередности в детские сады в разрезе каждого сельского округа Управление не ведёт',
             'refusal_ground': 'other'}]
    case('x09-edu-pavlodar-no-data.eml', data, docs,
         ctx(*ag, S, 'additional_answer', ('ЕКЦ-2027/216', '2027-03-09', 'Об очередности в дошкольные организации'),
             'record the refusal (information not held)'),
         'refusal', 'ru', 'eml', 'windows-1251 body with NO charset label; reason "not held" (ground other); "ё" in the reason')

def x10():
    ag = ('Комитет государственных доходов Министерства финансов Республики Казахстан', 'kgd@kgd.minfin.gov.kz', '010440003241')
    S = [('00401088', 'Регистрационный учет лица, занимающегося частной практикой'),
         ('00401093', 'Выдача справки о суммах полученных доходов из источников в Республике Казахстан и удержанных (уплаченных) налогов')]
    data = docx_bytes(['Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті',
                       'Комитет государственных доходов Министерства финансов Республики Казахстан', '',
                       '12.03.2027 № КГД-08-2/5521', '', 'Единый контакт-центр', '',
                       'На № ЕКЦ-2027/218 от 05.03.2027', '',
                       'Комитет государственных доходов рассмотрел запрос о ежедневной выгрузке статусов заявок по государственным услугам 00401088 и 00401093.',
                       'Сообщаем, что такая выгрузка не предусмотрена функционалом информационной системы «Е-Салық» и не может быть представлена до завершения ее модернизации (ориентировочно IV квартал 2027 года).',
                       'Статусы заявок доступны через ИС Мониторинг в соответствии с пунктом 13 Правил.', '',
                       'Заместитель Председателя                                 А. Оспанов'])
    docs = [{'part': 'x10-kgd-vygruzka.docx', 'kind': 'refusal', 'language': 'ru',
             'refusal_reason': 'такая выгрузка не предусмотрена функционалом информационной системы «Е-Салық»',
             'refusal_ground': 'other', 'services': [{'registry_number': x[0]} for x in S]}]
    case('x10-kgd-vygruzka.docx', data, docs,
         ctx(*ag, S, 'additional_answer', ('ЕКЦ-2027/218', '2027-03-05', 'О ежедневной выгрузке статусов заявок'),
             'record the refusal (technical impossibility)'),
         'refusal', 'ru', 'docx', 'technical reason (ground other) with a pointer to p.13; Kazakh name of the committee in the letterhead')
# ================================================================ TRAINING PROTOCOLS (p.8)
def t01():
    ag = ('ГУ «Управление здравоохранения Карагандинской области»', 'densaulyk@karaganda.gov.kz', '990140002318')
    S = [('00801014', 'Выдача справки с психоневрологической организации'), ('00801015', 'Выдача справки с наркологической организации'),
         ('00801022', 'Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь')]
    data = docx_bytes([('b', 'ПРОТОКОЛ № 7'), ('b', 'принятия Единым контакт-центром государственных услуг для консультирования'),
                       'г. Караганда                                                                  «03» марта 2027 г.', '',
                       'Присутствовали:', 'от Управления здравоохранения Карагандинской области: Тулегенова С.Е. — главный специалист; Жакупов Р.М. — руководитель отдела ПМСП;',
                       'от Единого контакт-центра: Нуркасымова Д.А. — старший оператор; Абилова Ж.К. — оператор; Гришина Т.В. — оператор.', '',
                       'Повестка: обучение сотрудников ЕКЦ порядку оказания государственных услуг (п. 8 Правил взаимодействия).', '',
                       'По итогам обучения Единый контакт-центр принимает для консультирования следующие государственные услуги:',
                       ('t', [['№', 'Номер в Реестре', 'Наименование'], ['1', S[0][0], S[0][1]], ['2', S[1][0], S[1][1]], ['3', S[2][0], S[2][1]]]),
                       'Консультирование начинается по истечении пяти рабочих дней с даты подписания протокола.', '',
                       'Подписи:', 'От Управления ______________ Жакупов Р.М.', 'От ЕКЦ ______________ Нуркасымова Д.А.'])
    docs = [{'part': 't01-protokol-zdrav.docx', 'kind': 'training_protocol', 'language': 'ru', 'protocol_date': '2027-03-03',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('t01-protokol-zdrav.docx', data, docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/190', '2027-02-24', 'О проведении обучения'),
             'mark the three services accepted for consulting; consulting starts five working days after 2027-03-03'),
         'training_protocol', 'ru', 'docx', 'attendee list with initials; date on the city line with wide spacing; services in a table')

def t02():
    ag = ('Комитет миграционной службы Министерства внутренних дел Республики Казахстан', 'kms@mvd.gov.kz', '130340021107')
    S = [('00302101', 'Выдача разрешений на временное проживание иностранцам и лицам без гражданства'),
         ('00302102', 'Выдача разрешений на постоянное проживание иностранцам и лицам без гражданства'),
         ('00302105', 'Регистрация иностранцев и лиц без гражданства по месту временного пребывания'),
         ('00302108', 'Продление сроков временного пребывания иностранцев и лиц без гражданства')]
    data = pdf_bytes([('b', 'ПРОТОКОЛ'), 'принятия государственных услуг для консультирования Единым контакт-центром', '',
                      'Дата: 11.03.2027        Место: г. Астана, ул. Тауелсіздік, 1 (КМС МВД РК), каб. 412', '',
                      'Обучение проведено 09.03.2027–10.03.2027 ответственным лицом Комитета Жунусовым Е.К.', '',
                      'Приняты для консультирования услуги:',
                      f'1) {S[0][0]} — {S[0][1]};', f'2) {S[1][0]} — {S[1][1]};', f'3) {S[2][0]} — {S[2][1]};', f'4) {S[3][0]} — {S[3][1]}.', '',
                      'Услуги 00302110, 00302112, 00302115, 00302119 будут рассмотрены на следующем занятии (дата согласуется дополнительно).', '',
                      ('t', [['Единый контакт-центр', 'Комитет миграционной службы МВД РК'],
                             ['Руководитель группы обучения\n_____________ Касымова Л.Р.', 'Заместитель начальника Управления\n_____________ Жунусов Е.К.']])])
    docs = [{'part': 't02-protokol-kms.pdf', 'kind': 'training_protocol', 'language': 'ru', 'protocol_date': '2027-03-11',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('t02-protokol-kms.pdf', data, docs,
         ctx(*ag, S + [('00302110', 'Выдача приглашений на въезд в Республику Казахстан')], 'protocol', ('ЕКЦ-2027/199', '2027-03-01', 'О проведении обучения по услугам КМС'),
             'mark four services accepted; 00302110 (and three others) still await training'),
         'training_protocol', 'ru', 'pdf', 'training dates (09–10.03) differ from the protocol date; four other registry numbers are listed as postponed and must not be keyed')

def t03():
    ag = ('Жарма ауданы әкімдігінің «Жер қатынастары бөлімі» ММ', 'zher@zharma.abay.gov.kz', '120340018852')
    S = [('01601003', 'Жер учаскесін сатып алу-сату шартын жасасу'), ('01601009', 'Жер учаскесіне сәйкестендіру құжаттарын дайындау')]
    att = docx_bytes([('b', 'Мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультация беру үшін қабылдау'),
                      ('b', 'ХАТТАМАСЫ'), '', 'Қалбатау ауылы                                          2027 жылғы 4 наурыз', '',
                      'Қатысқандар: Оспанова Г.С. (бөлімнің бас маманы), Бірыңғай байланыс орталығының операторлары Сейдахметова А., Ким Л.', '',
                      'Оқыту нәтижесінде Бірыңғай байланыс орталығы мынадай мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдады:',
                      f'– {S[0][0]} «{S[0][1]}»', f'– {S[1][0]} «{S[1][1]}»', '',
                      'Бөлім атынан: __________ Г. Оспанова', 'БББО атынан: __________ А. Сейдахметова'])
    body = 'Сәлеметсіз бе! Қол қойылған хаттама қоса беріліп отыр.\n\nГүлназ Оспанова\n'
    data = eml_bytes(('Гүлназ Оспанова', 'zher@zharma.abay.gov.kz'), 'Хаттама', '2027-03-04 17:02', body, atts=[('hattama_04.03.2027.docx', att)])
    docs = [{'part': 'hattama_04.03.2027.docx', 'kind': 'training_protocol', 'language': 'kk', 'protocol_date': '2027-03-04',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('t03-zharma-hattama-kk.eml', data, docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/192', '2027-02-25', 'Оқыту өткізу туралы'),
             'mark both services accepted'),
         'training_protocol', 'kk', 'eml+docx', 'Kazakh protocol ("хаттамасы") with date on the village line; date also in the attachment name')

def t04():
    ag = ('ГУ «Управление образования Павлодарской области»', 'edu@pavlodar.gov.kz', '990240005617')
    S = [('00601021', 'Прием документов и зачисление детей в дошкольные организации'),
         ('00601034', 'Выдача дубликатов документов об основном среднем, общем среднем образовании'),
         ('00601040', 'Прием документов и выдача направлений на предоставление отдыха детям из малообеспеченных семей в загородных и пришкольных лагерях'),
         ('00601052', 'Предоставление бесплатного питания отдельным категориям обучающихся'),
         ('00601077', 'Выдача разрешения на обучение в форме экстерната')]
    rows = [['№', 'Услуга (№ в Реестре, наименование)', 'Результат'],
            ['1', f'{S[0][0]} {S[0][1]}', 'принята'],
            ['2', f'{S[1][0]} {S[1][1]}', 'принята'],
            ['3', f'{S[2][0]} {S[2][1]}', 'не принята — требуется уточнение перечня документов'],
            ['4', f'{S[3][0]} {S[3][1]}', 'не принята — не утвержден регламент'],
            ['5', f'{S[4][0]} {S[4][1]}', 'принята']]
    att = pdf_bytes([('b', 'ПРОТОКОЛ принятия государственных услуг для консультирования'), 'г. Павлодар, 26 февраля 2027 года', '',
                     'Обучение провела: Шевченко О.П., главный специалист отдела среднего образования.',
                     'Обучение прошли сотрудники ЕКЦ: Ахметжанова Б., Пак С., Нуртазина А.', '',
                     ('t', rows, {'widths': [25, 330, 150]}),
                     'Услуги с результатом «не принята» будут повторно представлены после устранения замечаний.', '',
                     'ЕКЦ: ____________ Нуркасымова Д.А.          Управление: ____________ Шевченко О.П.'])
    body = """Добрый день!
Направляем подписанный протокол по итогам обучения 26.02.2027 (скан в PDF).
По двум услугам — замечания, доработаем.

Шевченко Ольга Петровна
главный специалист отдела среднего образования
"""
    data = eml_bytes(('Шевченко Ольга', 'edu@pavlodar.gov.kz'), 'Протокол обучения ЕКЦ 26.02', '2027-02-27 09:12', body,
                     atts=[('protokol_EKC_26.02.2027.pdf', att)])
    docs = [{'part': 'protokol_EKC_26.02.2027.pdf', 'kind': 'training_protocol', 'language': 'ru', 'protocol_date': '2027-02-26',
             'services': [{'registry_number': x} for x in ('00601021', '00601034', '00601077')]}]
    case('t04-edu-pavlodar-partial.eml', data, docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/186', '2027-02-20', 'О проведении обучения'),
             'mark 00601021, 00601034, 00601077 accepted; 00601040 and 00601052 stay awaiting protocol'),
         'training_protocol', 'ru', 'eml+pdf', 'five services in a result table, two "не принята" — only three keyed; number and name in one cell')

def t05():
    ag = ('Түркістан облысының мәдениет басқармасы', 'madeniet@turkistan.gov.kz', '190140015523')
    S = [('00703004', 'Тарихи-мәдени мұра объектілерінде ғылыми-реставрациялық жұмыстарды жүргізуге келісім беру'),
         ('00703011', 'Мұрағаттық анықтамалар беру'), ('00706015', 'Мәдени құндылықтарды уақытша әкетуге куәлік беру')]
    data = docx_bytes([('b', 'ХАТТАМА № 3'), 'Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдауы туралы', '',
                       'Түркістан қ.', 'Күні: 2027 жылғы 24 ақпан', '',
                       ('t', [['Қатысушылар', 'Лауазымы'], ['Құрманғазы А.Б.', 'мұраны қорғау бөлімінің басшысы'],
                              ['Әлібекова С.Т.', 'мұрағат ісі бөлімінің жетекші маманы'], ['Байжанова М.', 'БББО аға операторы'],
                              ['Төлеген Ә.', 'БББО операторы']]),
                       'Шешім: төмендегі қызметтер консультация беру үшін қабылдансын.',
                       ('t', [['Тізілімдегі нөмірі', 'Атауы'], [S[0][0], S[0][1]], [S[1][0], S[1][1]], [S[2][0], S[2][1]]]),
                       'Қолдар:', 'Басқарма: ____________ А. Құрманғазы', 'БББО: ____________ М. Байжанова'])
    docs = [{'part': 't05-madeniet-hattama-kk.docx', 'kind': 'training_protocol', 'language': 'kk', 'protocol_date': '2027-02-24',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('t05-madeniet-hattama-kk.docx', data, docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/185', '2027-02-18', 'Оқыту өткізу туралы'),
             'mark the three services accepted'),
         'training_protocol', 'kk', 'docx', 'Kazakh; two tables (attendees first, services second)')

def t06():
    ag = ('ГУ «Управление ветеринарии акимата Костанайской области»', 'vet@kostanay.gov.kz', '050840007781')
    S = [('00901007', 'Выдача ветеринарного паспорта на животное'), ('00901013', 'Выдача ветеринарной справки')]
    data = docx_bytes([('b', 'ХАТТАМА / ПРОТОКОЛ'),
                       'Мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы / '
                       'принятия Единым контакт-центром государственной услуги для консультирования', '',
                       'Қостанай қ. / г. Костанай', '2027 жылғы 2 наурыз / 2 марта 2027 года', '',
                       'Оқытуды өткізген / Обучение провел: Петренко И.В.', '',
                       ('t', [['Тізілімдегі № / № в Реестре', 'Атауы / Наименование', 'Нәтиже / Результат'],
                              [S[0][0], 'Жануарға ветеринариялық паспорт беру / ' + S[0][1], 'қабылданды / принята'],
                              [S[1][0], 'Ветеринариялық анықтама беру / ' + S[1][1], 'қабылданды / принята']]),
                       'БББО / ЕКЦ: __________ Д. Нуркасымова', 'Басқарма / Управление: __________ И. Петренко'])
    docs = [{'part': 't06-vet-kostanay-bilingual.docx', 'kind': 'training_protocol', 'protocol_date': '2027-03-02',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('t06-vet-kostanay-bilingual.docx', data, docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/194', '2027-02-25', 'О проведении обучения'),
             'mark both services accepted'),
         'training_protocol', 'kk+ru', 'docx', 'fully bilingual protocol (each line "kk / ru"), date in both languages; language not keyed')

def t07():
    ag = ('ГУ «Управление по делам религий Жамбылской области»', 'din@zhambyl.gov.kz', '111040020184')
    S = [('02701003', 'Проведение религиоведческой экспертизы'),
         ('02701005', 'Согласование расположения помещений для проведения религиозных мероприятий за пределами культовых зданий (сооружений)'),
         ('02701008', 'Регистрация лиц, осуществляющих миссионерскую деятельность'),
         ('02701011', 'Выдача решения о согласовании строительства культовых зданий (сооружений), определении их месторасположения')]
    att = docx_bytes([('b', 'Протокол'), 'принятия Единым контакт-центром государственных услуг для консультирования', '',
                      'Дата составления: 12 марта 2027 г.', 'Дата обучения: 11 марта 2027 г., в формате видеоконференции', '',
                      'Ответственные лица Управления: Ахмедов Р.Ш., Нуржанова А.Б.',
                      'Сотрудники ЕКЦ: Жанабаева Г., Смагулова Р., Ибраев Н.', '',
                      'РЕШИЛИ:',
                      '1. Принять для консультирования государственные услуги 02701003, 02701005, 02701008.',
                      '2. Государственную услугу 02701011 для консультирования не принимать до утверждения новой редакции правил оказания услуги; обучение провести повторно.', '',
                      'Подписали:', 'Руководитель отдела ЕКЦ ______ Жанабаева Г.', 'Руководитель отдела Управления ______ Нуржанова А.Б.'])
    body = ('Уважаемые коллеги, добрый день!\n\nНаправляю подписанный протокол от 12.03.2027.\n\nНуржанова А.Б.\n'
            '\n-------- Пересылаемое сообщение --------\n11.03.2027, 18:40, "Единый контакт-центр" <info@ekc.gov.kz>:\n'
            'Направляем проект протокола по итогам сегодняшнего обучения. Просим подписать и вернуть.\n')
    data = eml_bytes(('Нуржанова Айжан', 'din@zhambyl.gov.kz'), 'Fwd: проект протокола (религия)', '2027-03-12 15:07', body,
                     atts=[('Protokol_din_12032027.docx', att)])
    docs = [{'part': 'Protokol_din_12032027.docx', 'kind': 'training_protocol', 'language': 'ru', 'protocol_date': '2027-03-12',
             'services': [{'registry_number': x} for x in ('02701003', '02701005', '02701008')]}]
    case('t07-din-zhambyl-one-rejected.eml', data, docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/201', '2027-03-02', 'О проведении обучения'),
             'mark three services accepted; 02701011 not accepted'),
         'training_protocol', 'ru', 'eml+docx', '"Дата составления" and "Дата обучения" differ; one service explicitly not accepted in a numbered decision; subject says "проект" though the attachment is signed')

def t08():
    ag = ('Маңғыстау облысының туризм басқармасы', 'turizm@mangystau.gov.kz', '210240009931')
    S = [('02901004', 'Туристік агенттік қызметпен айналысатын тұлғаларды тізілімге енгізу')]
    data = pdf_bytes([('b', 'ХАТТАМА'), 'Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметті консультация беру үшін қабылдауы', '',
                      'Ақтау қ.                                                     «10» наурыз 2027 ж.', '',
                      'Маңғыстау облысының туризм басқармасының жауапты тұлғасы Е.Н. Жұмабай Бірыңғай байланыс орталығының қызметкерлеріне '
                      '02901004 «Туристік агенттік қызметпен айналысатын тұлғаларды тізілімге енгізу» мемлекеттік көрсетілетін қызметі бойынша оқыту өткізді.',
                      'Қызмет консультация беру үшін қабылданды.', '',
                      'БББО өкілі: ___________          Басқарма өкілі: ___________ Е. Жұмабай'])
    docs = [{'part': 't08-turizm-hattama-kk.pdf', 'kind': 'training_protocol', 'language': 'kk', 'protocol_date': '2027-03-10',
             'services': [{'registry_number': S[0][0]}]}]
    case('t08-turizm-hattama-kk.pdf', data, docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/198', '2027-03-01', 'Оқыту өткізу туралы'),
             'mark 02901004 accepted'),
         'training_protocol', 'kk', 'pdf', 'Kazakh PDF; date «10» наурыз 2027 ж.; service only inside running text; EKC signature line left blank')

def t09():
    ag = ('ГУ «Управление архитектуры и градостроительства города Астаны»', 'sauleti@astana.gov.kz', '080240017733')
    S = [('01204015', 'Выдача архитектурно-планировочного задания (АПЗ) и технических условий'),
         ('01204022', 'Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий')]
    data = docx_bytes(['УТВЕРЖДАЮ', 'Руководитель ГУ «Управление архитектуры и градостроительства города Астаны»', '_____________ Е. Курмангалиев', '', '',
                       ('b', 'ПРОТОКОЛ № 02/27'), 'принятия Единым контакт-центром государственных услуг для консультирования', '',
                       'г. Астана                                                                         «18» февраля 2027 г.', '',
                       '1. Обучение проведено главным специалистом Исмаиловым Т.А. 17 февраля 2027 года.',
                       '2. Вопросы ЕКЦ, направленные 15.02.2027, рассмотрены в ходе обучения.',
                       f'3. Единый контакт-центр принимает для консультирования государственные услуги № {S[0][0]} и № {S[1][0]}.',
                       '4. Консультирование услугополучателей начинается с 26 февраля 2027 года.', '',
                       ('t', [['От Единого контакт-центра', 'От Управления'], ['Касымова Л.Р. _________', 'Исмаилов Т.А. _________']])])
    docs = [{'part': 't09-apz-protokol.docx', 'kind': 'training_protocol', 'language': 'ru', 'protocol_date': '2027-02-18',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('t09-apz-protokol.docx', data, docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/179', '2027-02-15', 'Вопросы к обучению по АПЗ'),
             'mark both services accepted'),
         'training_protocol', 'ru', 'docx', 'УТВЕРЖДАЮ block on top; four dates in text (training 17.02, questions 15.02, start of consulting 26.02, protocol 18.02)')

def t10():
    ag = ('ГУ «Управление сельского хозяйства акимата Северо-Казахстанской области»', 'agro@sko.gov.kz', '000440002295')
    S = [('00102031', 'Субсидирование стоимости удобрений (за исключением органических)'),
         ('00102034', 'Субсидирование стоимости пестицидов, биоагентов (энтомофагов)'),
         ('00102040', 'Субсидирование развития племенного животноводства, повышения продуктивности и качества продукции животноводства'),
         ('00102044', 'Субсидирование по возмещению части расходов, понесенных субъектом агропромышленного комплекса, при инвестиционных вложениях'),
         ('00102051', 'Субсидирование стоимости услуг по подаче воды сельскохозяйственным товаропроизводителям'),
         ('00102058', 'Выдача справки о наличии посевных площадей')]
    rows = [['№ п/п', 'Код услуги', 'Наименование государственной услуги', 'Отметка о принятии']]
    for i, s in enumerate(S, 1):
        rows.append([str(i), s[0], s[1], 'принята'])
    att = docx_bytes([('b', 'ПРОТОКОЛ'), 'принятия Единым контакт-центром государственных услуг для консультирования', '',
                      'г. Петропавловск, 5 марта 2027 года', '', ('t', rows), '',
                      'Протокол составлен в двух экземплярах, по одному для каждой из сторон.', '',
                      'Представитель ЕКЦ: Нуркасымова Динара Алибековна, подпись ________',
                      'Представитель Управления: Гребенюк Сергей Николаевич, подпись ________'])
    body = 'Здравствуйте!\nПротокол подписан с нашей стороны, прикладываю.\n\nС уважением, Гребенюк С.Н.\nОтправлено из Mail.ru для Android\n'
    data = eml_bytes(('Сергей Гребенюк', 'agro@sko.gov.kz'), 'протокол подписан', '2027-03-05 19:44', body,
                     atts=[('протокол 05.03.docx', att)], fname_style='rfc2231')
    docs = [{'part': 'протокол 05.03.docx', 'kind': 'training_protocol', 'language': 'ru', 'protocol_date': '2027-03-05',
             'services': [{'registry_number': x[0]} for x in S]}]
    case('t10-agro-sko-6-uslug.eml', data, docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/195', '2027-02-27', 'О проведении обучения'),
             'mark all six services accepted'),
         'training_protocol', 'ru', 'eml+docx', 'Cyrillic attachment name with a space (RFC 2231); column "Код услуги" instead of "№ в Реестре"; six services')
# ================================================================ OTHER (same correspondence, not a reply that moves the case)
def o01():
    ag = ('Департамент юстиции города Шымкент', 'shymkent@adilet.gov.kz', '041240009912')
    S = [('00502007', 'Государственная регистрация актов гражданского состояния (рождение)')]
    body = """Уважаемый отправитель!

Ваше обращение от 03.02.2027 № ЕКЦ-2027/140 получено и зарегистрировано в Департаменте юстиции города Шымкент за входящим № 3Т-1182 от 03.02.2027.
Исполнитель будет определен руководством Департамента. Срок рассмотрения — в соответствии с законодательством.

Это сообщение сформировано автоматически системой электронного документооборота, отвечать на него не нужно.
"""
    data = eml_bytes(('СЭД Департамента юстиции г. Шымкент', 'shymkent@adilet.gov.kz'), 'Уведомление о регистрации входящего документа', '2027-02-03 10:48',
                     body, extra={'Auto-Submitted': 'auto-generated'})
    docs = [{'part': 'body', 'kind': 'other', 'language': 'ru'}]
    case('o01-sed-registration-ack.eml', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/140', '2027-02-03', 'Запрос информации по государственной услуге 00502007'),
             'nothing: keep waiting for the information', is_reply=False),
         'other', 'ru', 'eml', 'acknowledgement quoting our number and a registry number; "исполнитель будет определен" must not read as an appointment')

def o02():
    ag = ('Ұлытау облысының ішкі саясат басқармасы', 'ishki@ulytau.gov.kz', '221040010356')
    S = [('02501006', 'Мерзімді баспасөз басылымдарын, ақпараттық агенттіктерді және желілік басылымдарды есепке қою')]
    body = """Сәлеметсіз бе!

02501006 мемлекеттік көрсетілетін қызметі бойынша 1-қосымшаға сәйкес ақпарат қазіргі уақытта дайындалуда, стандартқа өзгерістер енгізіліп жатқанына байланысты 2027 жылғы 12 ақпанға дейін жолданатын болады.

Құрметпен,
М. Оразбек
"""
    data = eml_bytes(('Мирас Оразбек', 'ishki@ulytau.gov.kz'), 'ЕКЦ-2027/120 бойынша', '2027-02-05 12:00', body)
    docs = [{'part': 'body', 'kind': 'other', 'language': 'kk'}]
    case('o02-ulytau-preparing-kk.eml', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/120', '2027-01-29', 'Ақпарат беру туралы сұрау салу'),
             'nothing: the answer is being prepared', is_reply=False),
         'other', 'kk', 'eml', 'Kazakh "жауап дайындалуда"; mentions changes to the standard (not a change notice) and a future date')

def o03():
    ag = ('ГУ «Управление предпринимательства и индустриально-инновационного развития Актюбинской области»', 'biznes@aktobe.gov.kz', '970440013390')
    S = [('02101004', 'Выдача лицензии на розничную реализацию алкогольной продукции'),
         ('02101007', 'Выдача разрешения на размещение объекта наружной (визуальной) рекламы')]
    body = """Добрый день!

Заполняем Приложение 1 по услугам 02101004 и 02101007, возник вопрос: с 2026 года услуги оказываются по Правилам оказания государственных услуг, утвержденным приказом Министра торговли и интеграции, а регламенты акиматом отменены. Что указывать в графе 5 «Регламент государственной услуги» — ставить прочерк или реквизиты постановления об отмене? И нужно ли в графе 8 указывать мобильный телефон ответственного?

Ответ прошу направить на ermekova.a@aktobe-biznes.kz.

Ермекова Айсулу
главный специалист отдела развития предпринимательства
8 (7132) 55-08-73
"""
    data = eml_bytes(('Ермекова Айсулу', 'biznes@aktobe.gov.kz'), 'Вопрос по заполнению формы (графа 5)', '2027-01-31 11:22', body)
    docs = [{'part': 'body', 'kind': 'other', 'language': 'ru'}]
    case('o03-aktobe-question-back.eml', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/104', '2027-01-24', 'О назначении ответственных лиц'),
             'answer the question; still awaiting the form', is_reply=False),
         'other', 'ru', 'eml', 'a question back full of form vocabulary (графа 5, регламент, Правила, registry numbers, a person with position and phone) — not a form, not an appointment')

def o04():
    ag = ('Комитет технического регулирования и метрологии Министерства торговли и интеграции РК', 'kazmemst@mti.gov.kz', '050340004452')
    S = [('02001004', 'Аккредитация в области оценки соответствия'), ('02001007', 'Утверждение типа средств измерений')]
    body = """Уважаемые коллеги!

В связи с выездным совещанием руководства Комитета 15–16 марта просим перенести обучение сотрудников ЕКЦ по услугам 02001004 и 02001007, назначенное на 16.03.2027, на 23 марта 2027 года, 10:00, в том же формате (видеосвязь).

Заранее благодарим за понимание.

Карабаева Индира Нурлановна
эксперт Управления метрологии
8 (7172) 98-05-61
"""
    data = eml_bytes(('Карабаева Индира', 'kazmemst@mti.gov.kz'), 'Перенос обучения 16.03', '2027-03-12 17:35', body)
    docs = [{'part': 'body', 'kind': 'other', 'language': 'ru'}]
    case('o04-ktrm-postpone-training.eml', data, docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/215', '2027-03-09', 'О проведении обучения'),
             'reschedule the training; still awaiting protocol', is_reply=False),
         'other', 'ru', 'eml', 'request to postpone a training; dates and registry numbers as in a protocol; signed by the responsible person')

def o05():
    ag = ('Министерство просвещения Республики Казахстан', 'kanc@edu.gov.kz', '990340008821')
    S = [('00601112', 'Выдача разрешения на открытие частной организации дополнительного образования')]
    data = docx_bytes(['ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ОҚУ-АҒАРТУ МИНИСТРЛІГІ', 'МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН', '',
                       '22.01.2027 № 4-1/318', '', 'Управлениям образования областей, городов Астаны, Алматы и Шымкента', '',
                       'Копия: Единый контакт-центр', '',
                       'Министерство просвещения направляет для исполнения запрос Единого контакт-центра от 15.01.2027 № ЕКЦ-2027/081 '
                       'о назначении ответственных лиц и представлении информации по государственной услуге 00601112 «Выдача разрешения на открытие частной организации '
                       'дополнительного образования», поскольку услуга оказывается местными исполнительными органами.',
                       'Просим в установленные Правилами сроки назначить ответственных лиц и направить информацию непосредственно в Единый контакт-центр.', '',
                       'Приложение: на 2 листах.', '',
                       'Директор Департамента дошкольного и среднего образования                       А. Каримова', '',
                       'Исп.: Жумабаева Б., 8 (7172) 74-22-56'])
    docs = [{'part': 'o05-minpros-forward.docx', 'kind': 'other', 'language': 'ru'}]
    case('o05-minpros-forward.docx', data, docs,
         ctx(*ag, S, 'appointment', ('ЕКЦ-2027/081', '2027-01-15', 'О назначении ответственного лица'),
             'note that the ministry forwarded the request to regional bodies; keep waiting', is_reply=False),
         'other', 'ru', 'docx', 'forwarding letter to subordinate bodies with us in copy; says "назначить ответственных лиц" but names nobody; executor line with a phone')

def o06():
    ag = ('ГУ «Управление архитектуры и градостроительства города Астаны»', 'sauleti@astana.gov.kz', '080240017733')
    S = [('01204015', 'Выдача архитектурно-планировочного задания (АПЗ) и технических условий'),
         ('01204022', 'Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий')]
    html = ('<div>Добрый день!</div><div><br></div>'
            '<div>Информация по форме Приложения 1 по услугам 01204015 и 01204022 уже направлялась нами <b>13 февраля 2027 г.</b> '
            'с адреса sauleti@astana.gov.kz (тема «RE: ЕКЦ-2027/166»). Просим проверить папку «Спам» или сообщить, если письмо не дошло — перешлём повторно.</div>'
            '<div><br></div><div>Исмаилов Т.</div><div><br></div>'
            '<blockquote style="border-left:1px solid #ccc;padding-left:8px">'
            '<div>20.02.2027, 09:00, "Единый контакт-центр" &lt;info@ekc.gov.kz&gt;:</div>'
            '<div>Напоминаем, что срок представления информации по запросу ЕКЦ-2027/166 истек 17.02.2027. Просим представить информацию в течение одного рабочего дня.</div>'
            '</blockquote>')
    data = eml_bytes(('Исмаилов Тимур Айдарович', 'sauleti@astana.gov.kz'), 'Re: Напоминание по ЕКЦ-2027/166', '2027-02-20 10:26', html=html)
    docs = [{'part': 'body', 'kind': 'other', 'language': 'ru'}]
    case('o06-apz-already-sent.eml', data, docs,
         ctx(*ag, S, 'information', ('ЕКЦ-2027/166', '2027-02-10', 'Запрос информации по государственным услугам'),
             'look for the mail of 2027-02-13; no change to the case', is_reply=False),
         'other', 'ru', 'eml (html only)', 'reply to a reminder: "уже направлялась 13 февраля"; quoted reminder with a deadline date')

def o07():
    ag = ('Жетісу облысының ауыл шаруашылығы басқармасы', 'auylsharuashylygy@zhetisu.gov.kz', '221040022871')
    S = [('00102031', 'Тыңайтқыштардың құнын субсидиялау'), ('00102034', 'Пестицидтердің құнын субсидиялау')]
    txt = """Бірыңғай байланыс орталығына

Құрметті әріптестер!

00102031, 00102034 мемлекеттік көрсетілетін қызметтер бойынша 2027 жылғы 17 наурызға жоспарланған оқытуды жауапты тұлғаның іссапарда болуына байланысты 2027 жылғы 24 наурызға ауыстыруды сұраймыз.

Жауапты тұлға: Әбдіқадырова Динара Болатқызы, 8 (7282) 30-71-46.

Құрметпен,
басшының м.а. Е. Нұрпейісов
2027 жылғы 14 наурыз
"""
    docs = [{'part': 'o07-zhetisu-postpone-kk.txt', 'kind': 'other', 'language': 'kk'}]
    case('o07-zhetisu-postpone-kk.txt', txt.encode('utf-8'), docs,
         ctx(*ag, S, 'protocol', ('ЕКЦ-2027/219', '2027-03-10', 'Оқыту өткізу туралы'),
             'reschedule the training; still awaiting protocol', is_reply=False),
         'other', 'kk', 'txt', 'Kazakh postponement; names the (already known) responsible person with phone — not a responsible change')

def o08():
    ag = ('Абай облысының білім басқармасы', 'bilim@abay.gov.kz', '230140008172')
    S = [('00601093', 'Мектепке дейінгі білім беру ұйымдарына жолдама беру')]
    body = """Автоматты жауап / Автоматический ответ

Мен 2027 жылғы 25 қаңтарға дейін еңбек демалысындамын. Шұғыл мәселелер бойынша басқарманың қабылдау бөлмесіне хабарласыңыз: 8 (7222) 56-70-00.

Я нахожусь в отпуске до 25.01.2027. По срочным вопросам обращайтесь в приемную управления: 8 (7222) 56-70-00, либо к Жексенбаеву Т.С.

Смагулова Гульнар, начальник отдела дошкольного образования
"""
    data = eml_bytes(('Смагулова Гульнар', 'bilim@abay.gov.kz'), 'Автоматты жауап: ЕКЦ-2027/106 О назначении ответственного лица', '2027-01-25 08:01',
                     body, extra={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes'})
    docs = [{'part': 'body', 'kind': 'other'}]
    case('o08-bilim-abay-autoreply.eml', data, docs,
         ctx(*ag, S, 'appointment', ('ЕКЦ-2027/106', '2027-01-25', 'О назначении ответственного лица'),
             'nothing: out-of-office auto-reply', is_reply=False),
         'other', 'kk+ru', 'eml', 'bilingual out-of-office auto-reply naming a colleague in dative ("к Жексенбаеву Т.С.") and a position — not an appointment; language not keyed')


# ================================================================ main
def main():
    for f in sorted(os.listdir(OUT)):
        if f != 'make.py' and f != 'MANIFEST.md' and not f.startswith('__'):
            os.remove(os.path.join(OUT, f))
    names = [n for n in globals() if n[0] in 'farcxto' and n[1:].isdigit() and len(n) == 3]
    order = 'farcxto'
    for n in sorted(names, key=lambda n: (order.index(n[0]), n)):
        globals()[n]()
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write('# Corpus heldout-r3d / dina\n\n')
        f.write('Written by hand in make.py (`/tmp/cv-dina/bin/python make.py` rebuilds it). Each input has `.expected.json` (answer key) and '
                '`.context.json` (the case it arrives in). Appointments (p.5) are keyed as `responsible_change` with `previous_responsible: null`.\n\n')
        f.write('| file | kind | language | format | what makes it hard |\n| --- | --- | --- | --- | --- |\n')
        for name, kind, lang, fmt, hard in MANIFEST:
            f.write(f'| `{name}` | {kind} | {lang} | {fmt} | {hard} |\n')
        f.write('''
## Notes on the keys

- Names are nominative even where the letter declines them (accusative, genitive, dative, instrumental; Kazakh -ның/-на/-ын).
  Where the position is also declined in the letter (a01, a03, a06, a07, a10, r08) the position is left out of the key.
- Where a letter gives two phones (a04, r03) or a phone with an extension (a10), the phone is left out of the key.
- Mixed Kazakh/Russian documents (d10, a11, c10, t06, o08) carry no `language` in the key; a11 also has no `full_name`
  (the Kazakh and Russian halves spell the name differently).
- For `.eml` with a covering note and an attachment, only the attachment is keyed (the note is not a reply by itself).
- `change_notice` keys hold the changed fields and null for the others; "без изменений" cells (c09) are keyed null.
- Column values written as text ("не требуется", "отсутствует") are keyed as written; dashes and empty cells are null.
- In d13 the column-8 cell is merged over all six rows: every service carries the same person.
- t02, t04, t07: only the services the protocol accepts are keyed.
- `effective_date`/`change_date` are keyed only where the letter states them; r09 keys `effective_date: null`.
''')
    print(len(MANIFEST), 'documents')


if __name__ == '__main__':
    main()
