#!/usr/bin/env python3
"""Generator of marat's decoy corpus (decoys-r3b/marat): agency mail that is NOT a reply moving a case.
Run with the venv that has python-docx, openpyxl, reportlab:  /tmp/cv-marat/bin/python make.py
Every text below is written by hand; helpers only pack it into .eml/.docx/.pdf/.xlsx/.txt."""
import base64, io, json, os, quopri
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.application import MIMEApplication
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(globals().get('__file__', 'make.py')))
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
MANIFEST = []
EKC = 'info@ekc.gov.kz'


def ctx(ag, services, awaiting, our_letter, effect):
    return {"agency": ag, "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting,
            "our_letter": ({"number": our_letter[0], "date": our_letter[1], "subject": our_letter[2]} if our_letter else None),
            "expected_effect": effect, "is_reply": False}


def save(name, data, parts, context, lang, hard):
    """parts: list of (part, language or None)"""
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    docs = []
    for p, lg in parts:
        d = {"part": p, "kind": "other"}
        if lg:
            d["language"] = lg
        docs.append(d)
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump({"exit": 0, "documents": docs}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + '.context.json'), 'w', encoding='utf-8') as f:
        json.dump(context, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, lang, name.rsplit('.', 1)[1], hard))


def tpart(text, subtype='plain', charset='utf-8', cte='base64', label=True):
    raw = text.replace('\n', '\r\n').encode(charset)
    m = MIMENonMultipart('text', subtype)
    if label is True:
        m.set_param('charset', charset)
    elif label:
        m.set_param('charset', label)
    if cte == 'base64':
        m.set_payload(base64.encodebytes(raw).decode('ascii'))
    else:
        m.set_payload(quopri.encodestring(raw).decode('ascii'))
    m['Content-Transfer-Encoding'] = cte
    return m


MIMES = {'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
         'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
         'pdf': ('application', 'pdf'), 'txt': ('text', 'plain')}


def attpart(fname, data):
    mt = MIMES[fname.rsplit('.', 1)[1].lower()]
    m = MIMENonMultipart(*mt)
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    m['Content-Transfer-Encoding'] = 'base64'
    if all(ord(c) < 128 for c in fname):
        m.add_header('Content-Disposition', 'attachment', filename=fname)
    else:
        m.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', fname))
    return m


def mail(frm_name, frm, subject, date, text=None, html=None, charset='utf-8', cte='base64', label=True,
         atts=(), to=EKC, cc=None, extra=None, hcharset='utf-8'):
    body = None
    if text is not None and html is not None:
        body = MIMEMultipart('alternative')
        body.attach(tpart(text, 'plain', charset, cte, label))
        body.attach(tpart(html, 'html', charset, cte, label))
    elif html is not None:
        body = tpart(html, 'html', charset, cte, label)
    else:
        body = tpart(text, 'plain', charset, cte, label)
    if atts:
        msg = MIMEMultipart('mixed')
        msg.attach(body)
        for fn, data in atts:
            msg.attach(attpart(fn, data))
    else:
        msg = body
    msg['From'] = formataddr((str(Header(frm_name, hcharset)), frm)) if frm_name else frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = Header(subject, hcharset)
    msg['Date'] = date
    msg['Message-ID'] = '<%s.%d@%s>' % (date[5:16].replace(' ', ''), abs(hash(subject)) % 10**9, frm.split('@')[1])
    msg['MIME-Version'] = '1.0'
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg.as_bytes()


def mkdocx(blocks):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(12)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == 'b':
            p = d.add_paragraph(); p.add_run(b[1]).bold = True
        elif b[0] == 'c':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; p.alignment = 1
        elif b[0] == 'r':
            p = d.add_paragraph(b[1]); p.alignment = 2
        elif b[0] == 't':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()


def mkpdf(lines, size=11):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    try:
        pdfmetrics.getFont('DV')
    except KeyError:
        pdfmetrics.registerFont(TTFont('DV', FONT))
    bio = io.BytesIO(); c = canvas.Canvas(bio, pagesize=A4); w, h = A4
    y = h - 60
    for ln in lines:
        center = ln.startswith('^'); ln = ln.lstrip('^')
        words = ln.split(' '); cur = ''; out = []
        for wd in words:
            if pdfmetrics.stringWidth((cur + ' ' + wd).strip(), 'DV', size) > w - 120:
                out.append(cur); cur = wd
            else:
                cur = (cur + ' ' + wd).strip()
        out.append(cur)
        for o in out:
            if y < 60:
                c.showPage(); y = h - 60
            c.setFont('DV', size)
            if center:
                c.drawCentredString(w / 2, y, o)
            else:
                c.drawString(60, y, o)
            y -= size + 5
    c.save(); return bio.getvalue()


def mkxlsx(rows, title='Лист1'):
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = title
    for r in rows:
        ws.append(r)
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()


def AG(name, email, bin_):
    return {"name": name, "email": email, "bin": bin_}


BATCHES = []


def batch(f):
    BATCHES.append(f); return f


# ---------------------------------------------------------------- batch 1
MZ = AG('Министерство здравоохранения Республики Казахстан', 'kanc@dsm.gov.kz', '060540002811')
MTSZN = AG('Министерство труда и социальной защиты населения Республики Казахстан', 'info@enbek.gov.kz', '990740002243')
AKM_KOST = AG('Управление земельных отношений акимата Костанайской области', 'uzo@kostanay.gov.kz', '081140004377')
AKM_ZHAMB = AG('Жамбыл облысы әкімдігінің білім басқармасы', 'bilim@zhambyl.gov.kz', '990340006518')
KGD = AG('Комитет государственных доходов Министерства финансов Республики Казахстан', 'kgd_kanc@kgd.minfin.gov.kz', '040840005210')
AKM_TURK = AG('Түркістан облысы әкімдігінің ауыл шаруашылығы басқармасы', 'agro@turkistan.gov.kz', '180340021155')
MVD = AG('Комитет миграционной службы Министерства внутренних дел Республики Казахстан', 'kms@mvd.gov.kz', '170240016632')
AKM_PVL = AG('Отдел архитектуры и градостроительства города Павлодара', 'arch@pavlodar.gov.kz', '050640011289')


@batch
def b1():
    # 01 protocol of the ministry's own meeting on service quality, docx attached
    prot = mkdocx([
        ('c', 'ПРОТОКОЛ № 14'),
        ('c', 'совещания при вице-министре здравоохранения Республики Казахстан'),
        'г. Астана                                                                                  18 марта 2027 года',
        'Председательствовал: вице-министр Сагындыков Т.Е.',
        'Присутствовали: Абенова Г.К. (Департамент организации медицинской помощи), Рахимжанов Д.С. (Департамент цифровизации), Ким О.В. (юридический департамент), представители РГП «РЦЭЗ».',
        ('b', 'Повестка дня:'),
        '1. О результатах внутреннего контроля за качеством оказания государственных услуг за 2026 год.',
        '2. О нарушениях сроков оказания услуги «Выдача лицензии на медицинскую деятельность» (реестровый № 00812004).',
        ('b', 'По первому вопросу (Абенова Г.К.)'),
        'Отмечено 37 случаев нарушения сроков. Решили: Департаменту организации медицинской помощи до 1 апреля 2027 года подготовить план устранения нарушений.',
        ('b', 'По второму вопросу (Рахимжанов Д.С.)'),
        'Решили: обеспечить интеграцию ИС «СУМТ» с ИС Мониторинг до 15 мая 2027 года; ответственный — Рахимжанов Д.С.',
        'Вице-министр                                                  Т. Сагындыков',
        'Протокол вела: Оспанова А.М.',
    ])
    body = """Добрый день!

Направляем для сведения протокол совещания при вице-министре от 18.03.2027 № 14 по вопросам качества оказания государственных услуг.
Ответ на Ваш запрос от 11.03.2027 № ЕКЦ-2027/233 находится на исполнении в профильном департаменте.

С уважением,
Оспанова Айгерим
главный эксперт Департамента организации медицинской помощи
МЗ РК, тел. 8 (7172) 74-31-18
"""
    save('d01-protokol-soveshchaniya.eml',
         mail('Оспанова Айгерим Муратовна', 'a.ospanova@dsm.gov.kz', 'Протокол совещания при вице-министре № 14',
              'Fri, 19 Mar 2027 10:42:11 +0500', text=body, atts=[('Протокол №14 от 18.03.2027.docx', prot)]),
         [('body', 'ru'), ('Протокол №14 от 18.03.2027.docx', 'ru')],
         ctx(MZ, [('00812004', 'Выдача лицензии на медицинскую деятельность')], 'information',
             ('ЕКЦ-2027/233', '2027-03-11', 'О представлении информации о государственной услуге'),
             'none: the ministry\'s internal meeting protocol, only mentions our request is being worked on'),
         'ru', 'called "протокол", names a registry number and a responsible person, but it is an internal meeting')

    # 02 Kazakh protocol of staff training commission (own staff), docx file
    save('d02-oqytu-hattama.docx', mkdocx([
        ('c', 'ХАТТАМА № 3'),
        ('c', 'Жамбыл облысы әкімдігінің білім басқармасы қызметкерлерін мемлекеттік көрсетілетін қызметтер стандарттары бойынша оқыту жөніндегі комиссия отырысының'),
        'Тараз қаласы                                                              2027 жылғы 4 ақпан',
        'Комиссия төрағасы: Жақыпбеков Нұрлан Серікұлы, басшының орынбасары.',
        'Комиссия мүшелері: Әлімқұлова Б.Т., Сейітов Е.Қ., Молдахметова Ж.Р.',
        'Оқыту тақырыбы: «Мектепке дейінгі ұйымдарға кезекке қою» (тізілім № 00705012) және «Білім туралы құжаттардың телнұсқаларын беру» (№ 00705019) мемлекеттік көрсетілетін қызметтерінің стандарттары.',
        'Оқытудан басқарманың 12 қызметкері өтті. Тестілеу нәтижесі бойынша 11 қызметкер «сынақтан өтті», 1 қызметкер қайта тапсыруға жіберілді.',
        ('b', 'ШЕШІМ:'),
        '1. Оқыту қорытындысы есепке алынсын.',
        '2. Сейітов Е.Қ. 2027 жылғы 20 ақпанға дейін қайта тестілеуді ұйымдастырсын.',
        ('t', [['Комиссия төрағасы', 'Н. Жақыпбеков', '_________'],
               ['Хатшы', 'Ж. Молдахметова', '_________']]),
    ]), [('d02-oqytu-hattama.docx', 'kk')],
        ctx(AKM_ZHAMB, [('00705012', 'Мектепке дейінгі ұйымдарға кезекке қою')], 'protocol',
            ('ЕКЦ-2027/088', '2027-01-26', 'О проведении обучения сотрудников ЕКЦ'),
            'none: a protocol on training the agency\'s own staff, not the ЕКЦ acceptance protocol'),
        'kk', 'training protocol with registry numbers and a date, but the trainees are the agency\'s own staff')

    # 03 order appointing deputy head, pdf
    save('d03-prikaz-zamestitel.pdf', mkpdf([
        '^УПРАВЛЕНИЕ ЗЕМЕЛЬНЫХ ОТНОШЕНИЙ АКИМАТА КОСТАНАЙСКОЙ ОБЛАСТИ',
        '^ПРИКАЗ',
        '10 февраля 2027 года                        № 27-к                        г. Костанай',
        '^О назначении',
        'В соответствии с Законом Республики Казахстан «О государственной службе Республики Казахстан», на основании решения конкурсной комиссии от 8 февраля 2027 года ПРИКАЗЫВАЮ:',
        '1. Назначить Тулеубаева Асхата Жумабековича на должность заместителя руководителя управления земельных отношений акимата Костанайской области с 11 февраля 2027 года с испытательным сроком три месяца.',
        '2. Возложить на Тулеубаева А.Ж. курирование отдела земельного кадастра и отдела предоставления земельных участков.',
        '3. Отделу кадров (Сыздыкова Р.А.) ознакомить Тулеубаева А.Ж. с настоящим приказом.',
        'Основание: заявление Тулеубаева А.Ж. от 9 февраля 2027 года.',
        'Руководитель управления                                   Е. Нурмагамбетов',
        'С приказом ознакомлен: ____________ А. Тулеубаев   «__» ________ 2027 г.',
    ]), [('d03-prikaz-zamestitel.pdf', 'ru')],
        ctx(AKM_KOST, [('00401007', 'Предоставление земельного участка для строительства объекта в черте населенного пункта')], 'appointment',
            ('ЕКЦ-2027/102', '2027-02-02', 'О назначении ответственного лица'),
            'none: an HR order appointing a deputy head, not the person responsible for ЕКЦ'),
        'ru', '"Назначить ... с 11 февраля" in the genitive, awaiting appointment, but it is a deputy head order')

    # 04 Kazakh order moving a specialist, eml (order in body)
    body = """Құрметті әріптестер!

Ақпарат үшін жолдаймыз.

ТҮРКІСТАН ОБЛЫСЫ ӘКІМДІГІНІҢ АУЫЛ ШАРУАШЫЛЫҒЫ БАСҚАРМАСЫ
БҰЙРЫҚ
2027 жылғы 2 наурыз  № 41-ж/қ
Түркістан қ.

Қызметкерді басқа лауазымға ауыстыру туралы

«Қазақстан Республикасының мемлекеттік қызметі туралы» Заңына сәйкес БҰЙЫРАМЫН:
1. Өсімдік шаруашылығы бөлімінің бас маманы Сәрсенбаев Дәурен Қайратұлы 2027 жылғы 3 наурыздан бастап мал шаруашылығы және ветеринария бөлімінің бас маманы лауазымына ауыстырылсын.
2. Сәрсенбаев Д.Қ. жүргізген іс-қағаздар бөлім басшысы Ерғалиева Гүлмира Төлегенқызына актімен берілсін.
3. Осы бұйрықтың орындалуын бақылау басшының орынбасары Б. Қуанышевқа жүктелсін.

Басшы                                      Н. Әбдірахманов

--
Кадр қызметі, тел.: 8 (72533) 5-14-77
"""
    save('d04-buyryq-auystyru.eml',
         mail('Кадр қызметі', 'kadr.agro@turkistan.gov.kz', 'Бұйрық № 41-ж/қ (ақпарат үшін)',
              'Wed, 03 Mar 2027 09:15:00 +0500', text=body, cte='quoted-printable'),
         [('body', 'kk')],
         ctx(AKM_TURK, [('00901015', 'Асыл тұқымды мал шаруашылығын дамытуды субсидиялау')], 'information',
             ('ЕКЦ-2027/171', '2027-02-24', 'Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы'),
             'none: a staff transfer order sent "for information"'),
        'kk', 'an order moving a named specialist and handing over his files to a named person; no ЕКЦ duty')

    # 05 legal-changes newsletter naming standards, HTML only, ru
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">
<table width="640" cellpadding="8" style="border:1px solid #0a5aa8"><tr><td style="background:#0a5aa8;color:#fff"><b>ДАЙДЖЕСТ ИЗМЕНЕНИЙ ЗАКОНОДАТЕЛЬСТВА № 6 (март 2027)</b><br>Юридический департамент МТСЗН РК</td></tr>
<tr><td>
<p>Уважаемые коллеги! В марте 2027 года вступили в силу следующие нормативные правовые акты:</p>
<ol>
<li>Приказ Министра труда и социальной защиты населения РК от 14 февраля 2027 года № 52 «О внесении изменений в приказ от 25 марта 2021 года № 84 «Об утверждении Правил оказания государственных услуг в сфере социальной защиты»» — изменен срок оказания услуги «Назначение пособия матери или отцу, усыновителю, опекуну, воспитывающему ребенка с инвалидностью» (5 рабочих дней вместо 8).</li>
<li>Постановление Правительства РК от 1 марта 2027 года № 140 о размерах прожиточного минимума.</li>
<li>Приказ и.о. Министра от 3 марта 2027 года № 67 об утверждении формы заявления на назначение социальной выплаты на случай потери работы.</li>
</ol>
<p>Полные тексты размещены в ИПС «Әділет» (<a href="https://adilet.zan.kz">adilet.zan.kz</a>).</p>
<p style="color:#888;font-size:11px">Рассылка направляется всем подведомственным организациям и партнерам Министерства. Отписаться: ответьте на это письмо со словом «Отписаться».</p>
</td></tr></table></body></html>"""
    save('d05-daidzhest-npa.eml',
         mail('Рассылка МТСЗН', 'no-reply@enbek.gov.kz', 'Дайджест изменений законодательства № 6 (март 2027)',
              'Mon, 22 Mar 2027 08:00:03 +0500', html=html, to='undisclosed-recipients:;'),
         [('body', 'ru')],
         ctx(MTSZN, [('00502031', 'Назначение пособия матери или отцу, усыновителю, опекуну, воспитывающему ребенка с инвалидностью')], 'consulting',
             None, 'none: a mass newsletter of legal changes, not the responsible person\'s change notice'),
        'ru', 'HTML-only newsletter naming an amended act and a changed service term for a consulted service')

    # 06 refusing something else (a visit to a ЦОН by a journalist group forwarded?) -> refusing participation in a forum, txt cp1251? txt utf-8
    txt = """Исх. № 04-12/1187 от 15.04.2027

Директору
НАО «Государственная корпорация
«Правительство для граждан»
(Единый контакт-центр)

На № ЕКЦ-2027/405 от 08.04.2027

Комитет государственных доходов Министерства финансов Республики Казахстан, рассмотрев Ваше приглашение принять участие в республиканском форуме «Открытый диалог: качество государственных услуг» 22 апреля 2027 года, сообщает, что направить представителя Комитета для выступления на пленарной сессии не представляется возможным в связи с проведением в указанный период заседания коллегии Министерства финансов.

Предлагаем рассмотреть возможность участия представителя Комитета в онлайн-формате либо перенести выступление на секционное заседание 23 апреля.

Заместитель Председателя                                   Д. Абилкасымов

Исп.: Жунусова С.Б., тел. 8 (7172) 71-88-02
"""
    save('d06-otkaz-forum.txt', txt,
         [('d06-otkaz-forum.txt', 'ru')],
         ctx(KGD, [('00603003', 'Регистрационный учет лица, занимающегося частной практикой')], 'additional_answer',
             ('ЕКЦ-2027/405', '2027-04-08', 'Приглашение на республиканский форум'),
             'none: declines to send a speaker to a forum, not a refusal to give service information'),
        'ru', '"не представляется возможным" answering our letter number, but about a forum invitation')

# ---------------------------------------------------------------- batch 2
AKM_ALM_SOC = AG('Управление занятости и социальных программ города Алматы', 'uzsp@almaty.gov.kz', '050240003391')
AKM_SKO = AG('Солтүстік Қазақстан облысы әкімдігінің жер қатынастары басқармасы', 'zher@sko.gov.kz', '980840001267')
MCRIAP = AG('Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан', 'kense@mdai.gov.kz', '190740013209')
AKM_ATY = AG('Атырау облысының денсаулық сақтау басқармасы', 'densaulyk@atyrau.gov.kz', '000740002186')
MYUST = AG('Министерство юстиции Республики Казахстан', 'kanc@adilet.gov.kz', '970240002217')
AKM_AKT = AG('Ақтөбе облысының ветеринария басқармасы', 'vet@aktobe.gov.kz', '140940017322')
MEKOL = AG('Комитет экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан', 'ecokanc@ecogeo.gov.kz', '191140020845')
AKM_KARAG = AG('Отдел жилищных отношений города Караганды', 'zhilotdel@karaganda.gov.kz', '100340009962')


@batch
def b2():
    # 07 acknowledgement, responsible will be determined later; windows-1251
    t = """Уважаемые коллеги!

Ваш запрос от 02.04.2027 № ЕКЦ-2027/377 о назначении ответственного лица получен и зарегистрирован за вх. № 3-1/2290.

В связи с проводимой в Управлении реорганизацией (присоединение отдела содействия занятости к ЦЗН) ответственное лицо будет определено после утверждения новой структуры, ориентировочно до 20 апреля 2027 года. О принятом решении сообщим дополнительно.

С уважением,
канцелярия Управления занятости и социальных программ г. Алматы
пр. Абая, 90, тел. 8 (727) 271-66-40
"""
    save('d07-uvedomlenie-o-poluchenii.eml',
         mail('Канцелярия УЗСП', 'uzsp@almaty.gov.kz', 'RE: О назначении ответственного лица (вх. 3-1/2290)',
              'Tue, 06 Apr 2027 16:03:27 +0600', text=t, charset='windows-1251', hcharset='windows-1251'),
         [('body', 'ru')],
         ctx(AKM_ALM_SOC, [('00502014', 'Регистрация лиц, ищущих работу')], 'appointment',
             ('ЕКЦ-2027/377', '2027-04-02', 'О назначении ответственного лица'),
             'none: acknowledgement of receipt, the responsible person is not named yet'),
        'ru', 'windows-1251; RE: subject and our number, promises a name later but names nobody')

    # 08 Kazakh: information will be sent additionally
    t = """Сәлеметсіз бе!

Сіздің 2027 жылғы 15 наурыздағы № ЕКЦ-2027/260 сұрау салуыңыз бойынша «Жер учаскесіне сәйкестендіру құжатын дайындау» мемлекеттік көрсетілетін қызметі туралы ақпарат қазіргі уақытта «Азаматтарға арналған үкімет» мемлекеттік корпорациясының облыстық филиалымен келісілуде.

Толық ақпарат қосымша жіберілетін болады.

Құрметпен,
Жер қатынастары басқармасы
Петропавл қ., Конституция көш., 58
тел. 8 (7152) 46-20-13
"""
    save('d08-aqparat-qosymsha.eml',
         mail('Жер қатынастары басқармасы', 'zher@sko.gov.kz', 'Жауап: № ЕКЦ-2027/260 сұрау салу',
              'Thu, 18 Mar 2027 11:20:40 +0600', text=t),
         [('body', 'kk')],
         ctx(AKM_SKO, [('00401022', 'Жер учаскесіне сәйкестендіру құжатын дайындау')], 'information',
             ('ЕКЦ-2027/260', '2027-03-15', 'Мемлекеттік көрсетілетін қызмет туралы ақпарат беру'),
             'none: a promise that information will follow'),
        'kk', '"Жауап:" subject on our number, names the service, but gives nothing')

    # 09 question about our request, koi8-r
    t = """Добрый день, Данияр!

По Вашему письму N ЕКЦ-2027/198 от 01.03.2027 есть вопрос: в приложенном перечне указана услуга под реестровым номером 01103011, однако в Реестре государственных услуг (в редакции постановления от 10.01.2027) под этим номером значится услуга другого ведомства. Уточните, пожалуйста, какую именно услугу Вы имели в виду - "Выдача лицензии на деятельность в сфере связи" или "Регистрация радиоэлектронных средств и высокочастотных устройств"?

После уточнения заполним форму в установленный срок.

--
Бекмуханбетова Сауле
Департамент государственных услуг МЦРИАП
8 (7172) 55-04-19, вн. 2217
"""
    save('d09-vopros-po-zaprosu.eml',
         mail('Бекмуханбетова Сауле', 's.bekmukhanbetova@mdai.gov.kz', 'Вопрос по запросу ЕКЦ-2027/198',
              'Thu, 04 Mar 2027 14:51:09 +0500', text=t, charset='koi8-r', hcharset='koi8-r', to='d.serikbayev@ekc.gov.kz'),
         [('body', 'ru')],
         ctx(MCRIAP, [('01103011', 'Выдача лицензии на деятельность в сфере связи')], 'information',
             ('ЕКЦ-2027/198', '2027-03-01', 'О представлении информации о государственной услуге'),
             'none: a clarifying question about our request; answer it, case stays open'),
        'ru', 'koi8-r; quotes a registry number and two service names, promises the form later')

    # 10 bilingual request for more time
    t = """Құрметті Әріптестер!

2027 жылғы 9 ақпандағы № ЕКЦ-2027/120 хатыңызға сәйкес ақпарат беру мерзімін 2027 жылғы 5 наурызға дейін ұзартуды сұраймыз. Себебі: басқарманың құрылымдық бөлімшелерін оңтайландыру жүргізілуде.

Уважаемые коллеги!

Просим продлить срок представления информации по Вашему письму от 09.02.2027 № ЕКЦ-2027/120 до 5 марта 2027 года в связи с проводимой оптимизацией структурных подразделений управления.

Басшының орынбасары / Заместитель руководителя
А. Қалиев

Орынд./Исп.: Нұрпейісова Д., 8 (7122) 27-41-90
"""
    save('d10-prodlenie-sroka.eml',
         mail('Нұрпейісова Динара', 'd.nurpeisova@atyrau.gov.kz', 'Мерзімді ұзарту туралы / О продлении срока',
              'Fri, 12 Feb 2027 17:40:00 +0500', text=t),
         [('body', None)],
         ctx(AKM_ATY, [('00803021', 'Медициналық куәландыру қызметін көрсету')], 'information',
             ('ЕКЦ-2027/120', '2027-02-09', 'О представлении информации о государственной услуге'),
             'none: asks for more time; note the new deadline'),
        'kk+ru', 'same text in Kazakh and Russian, asks for an extension, no data')

    # 11 Kazakh invitation to a seminar with pdf
    inv = mkpdf([
        '^ШАҚЫРУ',
        'Құрметті әріптестер!',
        'Ақтөбе облысының ветеринария басқармасы Сіздерді 2027 жылғы 14 сәуірде сағат 10:00-де «Ветеринариялық анықтамалар беру: жаңа стандарт және цифрландыру» тақырыбындағы облыстық семинарға шақырады.',
        'Өтетін орны: Ақтөбе қ., Әбілқайыр хан даңғылы, 40, мәжіліс залы (3-қабат).',
        'Бағдарлама: 10:00–10:15 кіріспе сөз (басқарма басшысы М. Ерманов); 10:15–11:30 «e-Ветеринария» жүйесінде жұмыс; 11:30–12:00 сұрақ-жауап.',
        'Қатысуды 2027 жылғы 10 сәуірге дейін растауды сұраймыз: vet@aktobe.gov.kz, тел. 8 (7132) 55-17-03.',
    ])
    t = """Қайырлы күн!
Облыстық семинарға шақыру қоса беріліп отыр. Ақпарат үшін.

Ветеринария басқармасы"""
    save('d11-shaqyru-seminar.eml',
         mail('Ветеринария басқармасы', 'vet@aktobe.gov.kz', 'Семинарға шақыру 14.04.2027',
              'Mon, 05 Apr 2027 09:02:18 +0500', text=t, atts=[('shakyru_14.04.2027.pdf', inv)]),
         [('body', 'kk'), ('shakyru_14.04.2027.pdf', 'kk')],
         ctx(AKM_AKT, [('00904003', 'Ветеринариялық анықтама беру')], 'protocol',
             ('ЕКЦ-2027/301', '2027-03-19', 'ЕКЦ қызметкерлерін оқыту туралы'),
             'none: invitation to the agency\'s regional seminar, not the ЕКЦ training'),
        'kk', 'training-like topic and date while a protocol is awaited; PDF invitation')

    # 12 bilingual HTML congratulation (Nauryz)
    html = """<div style="font-family:Calibri;font-size:14px"><p style="color:#1b7a3a;font-size:18px"><b>Әз-Наурыз мерекесі құтты болсын!</b></p>
<p>Құрметті Бірыңғай байланыс орталығының ұжымы! Сіздерді ұлыстың ұлы күні – Наурыз мерекесімен шын жүректен құттықтаймыз! Шаңырақтарыңызға береке, отбасыларыңызға амандық тілейміз!</p>
<hr>
<p style="color:#1b7a3a;font-size:18px"><b>С праздником Наурыз!</b></p>
<p>Уважаемый коллектив Единого контакт-центра! Сердечно поздравляем Вас с праздником весны и обновления — Наурыз мейрамы! Желаем мира, благополучия и успехов в работе!</p>
<p><i>Қазақстан Республикасы Әділет министрлігінің ұжымы<br>Коллектив Министерства юстиции Республики Казахстан</i></p>
<p><img src="cid:nauryz.png" alt="Наурыз"></p></div>"""
    save('d12-nauryz-kuttyqtau.eml',
         mail('Министерство юстиции РК', 'kanc@adilet.gov.kz', 'Наурыз мейрамы құтты болсын! / С праздником Наурыз!',
              'Fri, 19 Mar 2027 12:00:00 +0500', html=html),
         [('body', None)],
         ctx(MYUST, [('00201004', 'Государственная регистрация юридических лиц')], 'consulting', None,
             'none: holiday greeting'),
        'kk+ru', 'HTML-only greeting in two languages, references a missing inline image')

    # 13 thanks letter after training (not a protocol)
    t = """Исх. № 18-02/774 от 29.04.2027

Руководителю Единого контакт-центра

Комитет экологического регулирования и контроля выражает благодарность сотрудникам Единого контакт-центра за активное участие во встрече 27 апреля 2027 года, посвященной порядку оказания государственной услуги «Выдача экологических разрешений на воздействие для объектов I категории».

Заданные операторами вопросы помогли нам уточнить разъяснения, размещаемые на интернет-ресурсе Комитета. Протокол встречи будет подписан и направлен в Ваш адрес после возвращения Председателя Комитета из командировки.

Заместитель Председателя                                  Г. Толегенова
"""
    save('d13-blagodarnost.eml',
         mail('Толегенова Гульнар', 'g.tolegenova@ecogeo.gov.kz', 'Благодарственное письмо',
              'Thu, 29 Apr 2027 18:12:45 +0500', text=t, cte='quoted-printable'),
         [('body', 'ru')],
         ctx(MEKOL, [('01402002', 'Выдача экологических разрешений на воздействие для объектов I категории')], 'protocol',
             ('ЕКЦ-2027/380', '2027-04-12', 'О проведении обучения сотрудников ЕКЦ'),
             'none: thanks after the training; the signed protocol is still to come'),
        'ru', 'mentions training held on a date and a protocol, but says the protocol will be sent later')

    # 14 unsigned draft training protocol (ПРОЕКТ)
    save('d14-proekt-protokola.docx', mkdocx([
        ('r', 'ПРОЕКТ'),
        ('c', 'ПРОТОКОЛ'),
        ('c', 'принятия Единым контакт-центром государственной услуги для консультирования'),
        'г. Караганда                                                     «___» __________ 2027 г.',
        'Отдел жилищных отношений города Караганды (далее – услугодатель) провел обучение ответственных сотрудников Единого контакт-центра по вопросам оказания следующих государственных услуг:',
        ('t', [['№', 'Реестровый номер', 'Наименование государственной услуги'],
               ['1', '00602017', 'Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда'],
               ['2', '00602018', 'Приватизация жилищ из государственного жилищного фонда']]),
        'По итогам обучения государственные услуги принимаются для консультирования.',
        ('t', [['От услугодателя:', 'От Единого контакт-центра:'],
               ['____________ /                         /', '____________ /                         /']]),
        '[Комментарий Исп.: Асель, проверь, пожалуйста, наименования, дату проставим после согласования с руководством]',
    ]), [('d14-proekt-protokola.docx', 'ru')],
        ctx(AKM_KARAG, [('00602017', 'Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда'),
                        ('00602018', 'Приватизация жилищ из государственного жилищного фонда')], 'protocol',
            ('ЕКЦ-2027/412', '2027-04-14', 'О согласовании протокола обучения'),
            'none: unsigned, undated draft of the protocol; wait for the signed one'),
        'ru', 'the real protocol wording and registry table, but marked ПРОЕКТ, no date, no signatures')

# ---------------------------------------------------------------- batch 3
MSH = AG('Министерство сельского хозяйства Республики Казахстан', 'mgov@minagri.gov.kz', '990840006524')
AKM_MANG = AG('Маңғыстау облысы әкімдігінің туризм басқармасы', 'turizm@mangystau.gov.kz', '121040017781')
MKS = AG('Комитет по делам культуры Министерства культуры и информации Республики Казахстан', 'culture@mki.gov.kz', '060940013305')
AKM_ABAI = AG('Управление предпринимательства и индустриально-инновационного развития области Абай', 'biznes@abay.gov.kz', '220940007714')
AKM_ULYT = AG('Ұлытау облысы әкімдігінің құрылыс басқармасы', 'qurylys@ulytau.gov.kz', '220740016640')
MTI = AG('Комитет транспорта Министерства транспорта Республики Казахстан', 'kt@transport.gov.kz', '040340004128')
AKM_ZKO = AG('Батыс Қазақстан облысы әкімдігінің дене шынықтыру және спорт басқармасы', 'sport@zko.gov.kz', '030140001933')
AKM_AST = AG('Управление архитектуры и градостроительства города Астаны', 'uag@astana.gov.kz', '080640008512')
MPROS = AG('Министерство просвещения Республики Казахстан', 'kense@edu.gov.kz', '220340016250')
AKM_KYZ = AG('Қызылорда облысы әкімдігінің жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы', 'soc@kyzylorda.gov.kz', '011040003389')


@batch
def b3():
    # 15 ru auto-reply, windows-1251
    t = """Здравствуйте!

Я нахожусь в ежегодном трудовом отпуске с 12 по 30 июля 2027 года. По вопросам государственных услуг в сфере растениеводства просьба обращаться к Жаксылыкову Ерболу (e.zhaksylykov@minagri.gov.kz, 8 (7172) 55-57-41).

Ваше письмо не будет переадресовано автоматически.

Маржан Исмаилова
"""
    save('d15-avtootvet.eml',
         mail('Исмаилова Маржан', 'm.ismailova@minagri.gov.kz', 'Автоответ: О представлении информации о государственной услуге',
              'Wed, 14 Jul 2027 09:31:02 +0500', text=t, charset='windows-1251', hcharset='windows-1251',
              extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All', 'In-Reply-To': '<ekc-2027-611@ekc.gov.kz>'}),
         [('body', 'ru')],
         ctx(MSH, [('00902005', 'Выдача фитосанитарного сертификата')], 'information',
             ('ЕКЦ-2027/611', '2027-07-13', 'О представлении информации о государственной услуге'),
             'none: out-of-office auto-reply'),
        'ru', 'auto-reply names a substitute person with e-mail and phone, looks like a new contact')

    # 16 kk auto-reply
    t = """Сәлеметсіз бе!
Сіздің хатыңыз алынды. Мен 2027 жылғы 5 мамырдан 9 мамырға дейін іссапардамын, хаттарға жауап 10 мамырдан бастап беріледі.
Шұғыл мәселелер бойынша: 8 (7292) 60-15-33 (қабылдау бөлмесі).

Бұл хат автоматты түрде жіберілді.
"""
    save('d16-avtojauap.eml',
         mail('Өтешова Ақмарал Ерланқызы', 'a.oteshova@mangystau.gov.kz', 'Автоматты жауап: Жауапты тұлғаны тағайындау туралы',
              'Wed, 05 May 2027 10:01:55 +0500', text=t, extra={'Auto-Submitted': 'auto-replied', 'Precedence': 'auto_reply'}),
         [('body', 'kk')],
         ctx(AKM_MANG, [('01201008', 'Туристік агенттік қызметпен айналысуға лицензия беру')], 'appointment',
             ('ЕКЦ-2027/455', '2027-05-04', 'Жауапты тұлғаны тағайындау туралы'),
             'none: auto-reply'),
        'kk', 'auto-reply with the subject of an appointment request')

    # 17 forwarded internal chain
    t = """Айдана, добрый день.
Пересылаю по ошибке. Это внутренняя переписка, прошу не учитывать.

-------- Пересылаемое сообщение --------
От: Мухамеджанова Айдана <a.mukhamedzhanova@mki.gov.kz>
Дата: 21.05.2027 15:14
Тема: FW: Запрос ЕКЦ по услуге 01303004
Кому: Байжанов Руслан <r.baizhanov@mki.gov.kz>

Руслан Маратович, посмотрите, пожалуйста. ЕКЦ просит назначить ответственного. Предлагаю Вас или Гульнару, решите с руководством. Срок — 26 мая.

-------- Пересылаемое сообщение --------
От: Единый контакт-центр <info@ekc.gov.kz>
Дата: 20.05.2027 11:02
Тема: Запрос ЕКЦ по услуге 01303004

Уважаемые коллеги! В соответствии с пунктом 5 Правил взаимодействия просим в течение трех рабочих дней назначить ответственное лицо по государственной услуге «Выдача свидетельства на право временного вывоза культурных ценностей» (реестровый номер 01303004).
Единый контакт-центр, исх. ЕКЦ-2027/502
"""
    save('d17-peresylka-vnutrennyaya.eml',
         mail('Байжанов Руслан', 'r.baizhanov@mki.gov.kz', 'Fwd: FW: Запрос ЕКЦ по услуге 01303004',
              'Fri, 21 May 2027 16:40:12 +0500', text=t),
         [('body', 'ru')],
         ctx(MKS, [('01303004', 'Выдача свидетельства на право временного вывоза культурных ценностей')], 'appointment',
             ('ЕКЦ-2027/502', '2027-05-20', 'Запрос ЕКЦ по услуге 01303004'),
             'none: internal chain forwarded by mistake; no decision on the responsible person'),
        'ru', 'forwarded chain quoting our own request, two candidate names, nobody appointed')

    # 18 blank Appendix 1 template returned with a question, xlsx
    x = mkxlsx([
        ['Запрос о предоставлении информации о государственной услуге'],
        ['№ п/п', '№ государственной услуги в реестре', 'Наименование государственной услуги',
         'Стандарт государственной услуги (с указанием его реквизитов)', 'Регламент государственной услуги (с указанием его реквизитов)',
         'Изменения нормативных правовых актов', 'Интернет-ресурс, на котором размещена информация о государственной услуге',
         'Фамилия, имя, отчество, должность ответственного лица'],
        [1, 2, 3, 4, 5, 6, 7, 8],
        ['1', '', '', '', '', '', '', ''],
        [],
        ['Ф.И.О. ответственного исполнителя ____________'],
        ['Дата: «__» ________ 20__ г.'],
    ])
    t = """Добрый день.
Получили Ваш запрос. Подскажите, пожалуйста: регламенты государственных услуг отменены с 2020 года, что указывать в графе 5 — ставить прочерк или реквизиты Правил оказания услуги? Форму прилагаем в том виде, в котором получили, чтобы не было путаницы с версиями.

Ержанова Томирис, главный специалист
Управление предпринимательства области Абай
тел. 8 (7222) 52-30-61
"""
    save('d18-pustaya-forma-vopros.eml',
         mail('Ержанова Томирис', 't.yerzhanova@abay.gov.kz', 'Re: Запрос о предоставлении информации',
              'Tue, 08 Jun 2027 12:22:37 +0600', text=t, atts=[('forma_pril1.xlsx', x)]),
         [('body', 'ru'), ('forma_pril1.xlsx', 'ru')],
         ctx(AKM_ABAI, [('00701042', 'Выдача лицензии на розничную реализацию алкогольной продукции')], 'information',
             ('ЕКЦ-2027/540', '2027-06-03', 'Запрос о предоставлении информации о государственной услуге'),
             'none: the blank form comes back with a question about column 5'),
        'ru', 'an Appendix 1 xlsx with the real headers and column-number row but no data')

    # 19 protocol of public discussion of a draft act, pdf
    save('d19-protokol-publichnogo-obsuzhdeniya.pdf', mkpdf([
        '^ПРОТОКОЛ',
        '^публичного обсуждения проекта приказа Министра транспорта Республики Казахстан',
        '^«О внесении изменений в приказ Министра индустрии и инфраструктурного развития',
        '^Республики Казахстан от 30 апреля 2020 года № 262»',
        'г. Астана, Комитет транспорта                                              3 июня 2027 года',
        'Проект размещен на интернет-портале открытых нормативных правовых актов 12 мая 2027 года. Срок публичного обсуждения — 10 рабочих дней.',
        'Поступило замечаний: 7 (от ОЮЛ «Союз транспортников Казахстана» — 4, от физических лиц — 3).',
        'Принято: 3. Принято частично: 1. Не принято: 3 (обоснование — в сводной таблице, приложение 1).',
        'Проект касается стандарта государственной услуги «Выдача удостоверения допуска к управлению маломерным судном» (реестровый № 00302044): сокращается перечень документов.',
        'Решение: доработать проект с учетом принятых замечаний и направить на согласование в Министерство юстиции.',
        'Председатель Комитета                                                    С. Омаров',
        'Секретарь                                                                       Д. Сулейменова',
    ]), [('d19-protokol-publichnogo-obsuzhdeniya.pdf', 'ru')],
        ctx(MTI, [('00302044', 'Выдача удостоверения допуска к управлению маломерным судном')], 'consulting', None,
            'none: protocol of a public discussion of a draft act; the standard has not changed yet'),
        'ru', 'signed protocol with a date and a registry number, about a draft change of the standard')

    # 20 kk txt: request for more time
    t = """Шығ. № 02-14/611
2027 жылғы 17 ақпан

«Азаматтарға арналған үкімет» мемлекеттік
корпорациясы» КЕАҚ
Бірыңғай байланыс орталығына

2027 жылғы 11 ақпандағы № ЕКЦ-2027/131 хатқа

Ұлытау облысы әкімдігінің құрылыс басқармасы Сіздің хатыңызды қарап, мемлекеттік көрсетілетін қызметтер туралы ақпаратты ұсыну мерзімін 2027 жылғы 3 наурызға дейін ұзартуға келісім беруіңізді сұрайды.

Мерзімді ұзарту қажеттілігі басқарманың жаңа штат кестесінің бекітілуіне және жауапты қызметкерлердің әлі тағайындалмауына байланысты.

Басшы                                            Ж. Тілеубердин

Орынд.: Қасымбекова Ә., 8 (71033) 4-12-09
"""
    save('d20-merzim-uzartu.txt', t, [('d20-merzim-uzartu.txt', 'kk')],
         ctx(AKM_ULYT, [('00601029', 'Құрылыс-монтаж жұмыстарын жүргізу басталғаны туралы хабарламаны қабылдау')], 'appointment',
             ('ЕКЦ-2027/131', '2027-02-11', 'Жауапты тұлғаны тағайындау туралы'),
             'none: asks for an extension, the responsible person is not appointed yet'),
        'kk', 'outgoing number, our number, a date; asks for more time')

    # 21 read receipt
    t = """Это уведомление о прочтении сообщения, которое Вы отправили.

Кому: Амантаева Жанар <zh.amantayeva@astana.gov.kz>
Тема: О представлении информации по государственным услугам (ЕКЦ-2027/620)
Отправлено: 15.07.2027 10:12

было прочитано 15.07.2027 11:48.
"""
    save('d21-uvedomlenie-o-prochtenii.eml',
         mail('Амантаева Жанар', 'zh.amantayeva@astana.gov.kz', 'Прочитано: О представлении информации по государственным услугам (ЕКЦ-2027/620)',
              'Thu, 15 Jul 2027 11:48:20 +0500', text=t),
         [('body', 'ru')],
         ctx(AKM_AST, [('00601001', 'Выдача архитектурно-планировочного задания')], 'information',
             ('ЕКЦ-2027/620', '2027-07-15', 'О представлении информации по государственным услугам'),
             'none: a read receipt'),
        'ru', 'Outlook read receipt carrying our subject and number')

    # 22 bilingual docx: order naming people responsible for internal quality control
    save('d22-buyryq-ishki-baqylau.docx', mkdocx([
        ('c', 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ОҚУ-АҒАРТУ МИНИСТРЛІГІ / МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН'),
        ('c', 'БҰЙРЫҚ / ПРИКАЗ'),
        '2027 жылғы 24 мамыр / 24 мая 2027 года                           № 219',
        ('b', 'Мемлекеттік көрсетілетін қызметтердің сапасын ішкі бақылауға жауапты тұлғаларды бекіту туралы'),
        '1. Мемлекеттік көрсетілетін қызметтердің сапасын ішкі бақылауды жүргізуге жауапты болып Мектепке дейінгі және орта білім беру департаментінің директоры Сұлтанова Айнұр Бекболатқызы айқындалсын.',
        ('b', 'Об утверждении лиц, ответственных за внутренний контроль качества оказания государственных услуг'),
        '1. Ответственной за проведение внутреннего контроля за качеством оказания государственных услуг определить директора Департамента дошкольного и среднего образования Султанову Айнур Бекболатовну.',
        '2. Ответственным за ежеквартальную сдачу отчетности в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг определить эксперта Департамента стратегического планирования Нуртазина Мираса.',
        '3. Бақылау жауапты хатшыға жүктелсін. / Контроль возложить на ответственного секретаря.',
        'Министр / Министр                                                    Б. Жақыпова',
    ]), [('d22-buyryq-ishki-baqylau.docx', None)],
        ctx(MPROS, [('00705031', 'Прием документов и зачисление в организации образования')], 'appointment',
            ('ЕКЦ-2027/489', '2027-05-18', 'О назначении ответственного лица'),
            'none: order on internal quality control staff, not the person responsible for ЕКЦ'),
        'kk+ru', 'bilingual order "определить ответственной" for another duty while an appointment is awaited')

    # 23 kk eml with docx: akimat commission protocol on queues in ЦОН
    hat = mkdocx([
        ('c', 'Қызылорда облысы әкімдігі жанындағы мемлекеттік қызметтерді көрсету мәселелері жөніндегі комиссия отырысының'),
        ('c', 'ХАТТАМАСЫ № 2'),
        'Қызылорда қ.                                                               2027 жылғы 16 сәуір',
        'Қатысқандар: комиссия төрағасы – облыс әкімінің орынбасары Б. Тұрсынбаев; мүшелер – 9 адам (тізім қоса беріледі).',
        'Күн тәртібі: ХҚКО-да «Атаулы әлеуметтік көмек тағайындау» (№ 00502006) қызметі бойынша кезектердің ұзаруы туралы.',
        'ШЕШТІ: 1) басқарма 2027 жылғы 1 мамырға дейін қабылдау кестесін қайта қарасын; 2) аудандық бөлімдерге қосымша 4 маман бөлінсін.',
        'Төраға                                                        Б. Тұрсынбаев',
        'Хатшы                                                          А. Жұмабаева',
    ])
    t = """Құрметті әріптестер,
Облыстық комиссия отырысының хаттамасын тапсырманы орындау үшін жолдаймыз (2-тармақ сіздерге қатысты емес, ақпарат үшін).

Құрметпен,
Әлеуметтік бағдарламалар басқармасы
"""
    save('d23-komissiya-hattamasy.eml',
         mail('Әлеуметтік бағдарламалар басқармасы', 'soc@kyzylorda.gov.kz', 'Комиссия хаттамасы № 2, 16.04.2027',
              'Mon, 19 Apr 2027 15:05:44 +0500', text=t, atts=[('Хаттама_2.docx', hat)]),
         [('body', 'kk'), ('Хаттама_2.docx', 'kk')],
         ctx(AKM_KYZ, [('00502006', 'Атаулы әлеуметтік көмек тағайындау')], 'protocol',
             ('ЕКЦ-2027/366', '2027-03-30', 'ЕКЦ қызметкерлерін оқыту туралы'),
             'none: akimat commission protocol, not the ЕКЦ training protocol'),
        'kk', '"хаттама" with a date and a registry number while a protocol is awaited')

    # 24 Outlook HTML invitation to a meeting, ru
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Уважаемые коллеги,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Приглашаем представителя Единого контакт-центра на рабочее совещание по вопросу интеграции информационной системы «Жер кадастры» с порталом «электронного правительства».<o:p></o:p></p>
<p class=MsoNormal><b>Дата и время:</b> 9 июня 2027 г., 15:00<o:p></o:p></p>
<p class=MsoNormal><b>Место:</b> г. Астана, ул. Кенесары, 36, каб. 412 (или по ссылке ВКС, будет направлена накануне)<o:p></o:p></p>
<p class=MsoNormal>Просим сообщить ФИО участника до 7 июня.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='color:#1F497D'>С уважением,<br>Касенова Лаура<br>главный эксперт УАГ г. Астаны<br>+7 (7172) 55-63-20</span><o:p></o:p></p>
</div></body></html>"""
    save('d24-priglashenie-soveshchanie.eml',
         mail('Касенова Лаура', 'l.kasenova@astana.gov.kz', 'Приглашение на рабочее совещание 09.06.2027',
              'Thu, 03 Jun 2027 17:25:10 +0500', html=html, charset='windows-1251', cte='quoted-printable', hcharset='windows-1251'),
         [('body', 'ru')],
         ctx(AKM_AST, [('00601001', 'Выдача архитектурно-планировочного задания')], 'information',
             ('ЕКЦ-2027/540', '2027-05-31', 'О представлении информации о государственной услуге'),
             'none: invitation to a working meeting'),
        'ru', 'Outlook HTML in windows-1251 with quoted-printable, invitation with date and place')

    # 25 kk: sport invitation / congratulations — spartakiada thanks (kk)
    t = """Құрметті Бірыңғай байланыс орталығының басшылығы!

Батыс Қазақстан облысы әкімдігінің дене шынықтыру және спорт басқармасы Сіздердің ұжымыңызға 2027 жылғы 15 мамырда өткен мемлекеттік қызметшілер арасындағы «Денсаулық – бақыт» спартакиадасына белсенді қатысқаныңыз үшін алғысын білдіреді.

Волейболдан ІІ орын алған командаңызды құттықтаймыз! Марапаттау грамоталары филиал арқылы табыс етіледі.

Басшы                           Е. Дүйсенғали
"""
    save('d25-algys-hat.eml',
         mail('Спорт басқармасы', 'sport@zko.gov.kz', 'Алғыс хат',
              'Tue, 18 May 2027 10:10:10 +0500', text=t),
         [('body', 'kk')],
         ctx(AKM_ZKO, [('01301012', 'Спорт разрядтарын беру')], 'consulting', None, 'none: letter of thanks'),
        'kk', 'short thanks letter, no request')

# ---------------------------------------------------------------- batch 4
def sm(name, ag, svc, aw, our, eff, lang, hard, frm_name, frm, subj, date, text=None, html=None, atts=(), attlangs=(), **kw):
    klang = None if lang == 'kk+ru' else lang
    save(name, mail(frm_name, frm, subj, date, text=text, html=html, atts=atts, **kw),
         [('body', klang)] + [(a[0], l) for a, l in zip(atts, attlangs)], ctx(ag, svc, aw, our, eff), lang, hard)


def sf(name, data, ag, svc, aw, our, eff, lang, hard):
    save(name, data, [(name, None if lang == 'kk+ru' else lang)], ctx(ag, svc, aw, our, eff), lang, hard)


MVD_AP = AG('Комитет административной полиции Министерства внутренних дел Республики Казахстан', 'kap@mvd.gov.kz', '120440019734')
AKM_ALM_OBL = AG('Алматы облысы әкімдігінің білім басқармасы', 'bilim@almobl.gov.kz', '000340011556')
MFIN_KK = AG('Комитет казначейства Министерства финансов Республики Казахстан', 'kazna@minfin.gov.kz', '990640003180')
AKM_ESK = AG('Отдел земельных отношений Енбекшиказахского района', 'zem@enbek-kaz.gov.kz', '041240010077')
AKM_VKO = AG('Шығыс Қазақстан облысы әкімдігінің мәдениет басқармасы', 'madeniet@vko.gov.kz', '961140001834')
MNE = AG('Министерство национальной экономики Республики Казахстан', 'kanc@economy.gov.kz', '140140018237')
AKM_SHYM = AG('Шымкент қаласының жолаушылар көлігі және автомобиль жолдары басқармасы', 'transport@shymkent.gov.kz', '180940026512')
MENERGO = AG('Министерство энергетики Республики Казахстан', 'kanc@energo.gov.kz', '140740016342')


@batch
def b4():
    sm('d26-tochnyi-adres.eml', MVD_AP, [('00103016', 'Выдача разрешения на приобретение гражданского оружия')], 'appointment',
       ('ЕКЦ-2027/701', '2027-08-02', 'О назначении ответственного лица'),
       'none: asks where to send the answer', 'ru', 'short question, mentions appointment; nobody named',
       'Дежурная часть КАП', 'dch.kap@mvd.gov.kz', 'по письму ЕКЦ-2027/701', 'Tue, 03 Aug 2027 08:14:00 +0500',
       text="""Доброе утро. Уточните адрес электронной почты для направления ответа о назначении ответственного лица - info@ekc.gov.kz или адрес исполнителя Вашего письма? Письмо в работе, ответ будет подготовлен в установленный срок.
Дежурный Тлеубаев""", charset='koi8-r', hcharset='koi8-r')

    sm('d27-jauapty-keyin.eml', AKM_ALM_OBL, [('00705015', 'Балаларға арналған қосымша білім беру ұйымдарына құжаттар қабылдау')], 'appointment',
       ('ЕКЦ-2027/688', '2027-07-27', 'Жауапты тұлғаны тағайындау туралы'),
       'none: the responsible person will be named later', 'kk', 'Kazakh "жауапты тұлға ... анықталады" with no name',
       'Білім басқармасы', 'bilim@almobl.gov.kz', 'Re: Жауапты тұлғаны тағайындау туралы', 'Thu, 29 Jul 2027 12:44:31 +0500',
       text="""Сәлеметсіз бе, құрметті әріптестер!

Хатыңыз алынды. Басқарма басшысы демалыста болғандықтан, жауапты тұлға басшы жұмысқа шыққаннан кейін (2027 жылғы 9 тамыздан кейін) анықталады. Бұл туралы сізге қосымша хабарлаймыз.

Ізгі ниетпен,
Қоңыратбаева Ұлжан, іс жүргізу бөлімі
Қонаев қ., тел. 8 (72772) 4-05-18""")

    sm('d28-fw-vnutrennyaya-kazna.eml', MFIN_KK, [('00604002', 'Регистрация договоров (дополнительных соглашений) государственных учреждений')], 'information',
       ('ЕКЦ-2027/590', '2027-07-01', 'О представлении информации о государственной услуге'),
       'none: internal instruction forwarded to the contact centre', 'ru', 'internal resolution with a deadline and executor names quoted above our letter',
       'Жумагулова Асем', 'a.zhumagulova@minfin.gov.kz', 'FW: Резолюция: подготовить ответ ЕКЦ', 'Mon, 05 Jul 2027 09:20:00 +0500',
       html="""<div>Коллеги, для информации — резолюция по Вашему письму. Ответ готовит отдел методологии.</div>
<div><br></div><div style="border-left:2px solid #ccc;padding-left:8px">
<b>From:</b> СЭД «Documentolog» &lt;noreply@minfin.gov.kz&gt;<br><b>Sent:</b> Friday, July 2, 2027 6:02 PM<br><b>Subject:</b> Резолюция: подготовить ответ ЕКЦ<br><br>
Вх. № 17-2/8821 от 02.07.2027<br>Резолюция заместителя Председателя Нуралиева К.Б.: «Отделу методологии (Абдрахманова Ж.) — подготовить информацию по форме приложения 1 к Правилам в срок до 08.07.2027. Соисполнитель — ДЦ (Ли В.)».<br>
Статус: на исполнении.</div>""")

    sf('d29-protokol-vnutr-obucheniya.pdf', mkpdf([
        '^ПРОТОКОЛ № 5',
        '^внутреннего обучения работников отдела земельных отношений Енбекшиказахского района',
        'г. Есик                                                                              17 сентября 2027 г.',
        'Тема: порядок оказания государственной услуги «Выдача решения на изменение целевого назначения земельного участка» (реестровый номер 00401031) с учетом изменений, внесенных приказом МСХ РК от 2 августа 2027 года № 233.',
        'Провел обучение: главный специалист Омарбеков Нурсултан Кайратович.',
        'Обучено: 6 работников отдела (лист ознакомления прилагается).',
        'Итог: работники ознакомлены с изменениями, вопросов не имеется.',
        'Руководитель отдела ______________ С. Жетписбаев',
    ]), AKM_ESK, [('00401031', 'Выдача решения на изменение целевого назначения земельного участка')], 'protocol',
       ('ЕКЦ-2027/760', '2027-09-06', 'О проведении обучения сотрудников ЕКЦ'),
       'none: a protocol of the department\'s internal training', 'ru',
       'protocol with date, registry number, trainer\'s full name and an amending order; trainees are the agency\'s own staff')

    sm('d30-merekemen.eml', AKM_VKO, [('01302003', 'Тарихи-мәдени мұра объектілерінде ғылыми-реставрациялық жұмыстарға келісім беру')], 'consulting', None,
       'none: greeting on the Day of civil servants', 'kk+ru', 'bilingual greeting, signature with position and phone',
       'Мәдениет басқармасы', 'madeniet@vko.gov.kz', '23 маусым – Мемлекеттік қызметшілер күні / День государственного служащего', 'Wed, 23 Jun 2027 08:30:00 +0600',
       text="""Құрметті әріптестер! Сіздерді кәсіби мерекелеріңіз — Мемлекеттік қызметшілер күнімен құттықтаймыз! Еңбектеріңіз жемісті болсын!

Уважаемые коллеги! Поздравляем Вас с Днем государственного служащего Республики Казахстан! Желаем крепкого здоровья и новых достижений в работе на благо граждан!

Ізгі тілекпен / С наилучшими пожеланиями,
Мәдениет басқармасының басшысы / руководитель управления культуры
Ғ. Бейсенбаева
Өскемен қ., тел. 8 (7232) 57-22-19""")

    sm('d31-zapros-dop-info-ot-vedomstva.eml', MNE, [('00501021', 'Аккредитация организаций, осуществляющих деятельность по оценке')], 'information',
       ('ЕКЦ-2027/622', '2027-07-16', 'О представлении информации о государственной услуге'),
       'none: the ministry asks us for statistics; answer, case stays open', 'ru', 'the agency sends its own request to the contact centre with a deadline',
       'Сеитова Камила', 'k.seitova@economy.gov.kz', 'Запрос статистики обращений', 'Mon, 19 Jul 2027 11:11:11 +0500',
       text="""Исх. № 05-3/5520 от 19.07.2027

Единому контакт-центру

В целях подготовки информации к заседанию Межведомственной комиссии просим представить в срок до 26 июля 2027 года сведения о количестве обращений граждан в Единый контакт-центр за первое полугодие 2027 года по государственным услугам в сфере оценочной деятельности (в разрезе регионов и тематики).

Информацию по Вашему запросу от 16.07.2027 № ЕКЦ-2027/622 направим отдельным письмом.

Директор Департамента
государственных услуг                               А. Мырзахметов

Исп. Сеитова К.Т., 8 (7172) 74-93-15""")

    sf('d32-buyryq-iis-zhurgizu.pdf', mkpdf([
        '^ШЫМКЕНТ ҚАЛАСЫНЫҢ ЖОЛАУШЫЛАР КӨЛІГІ ЖӘНЕ АВТОМОБИЛЬ ЖОЛДАРЫ БАСҚАРМАСЫ',
        '^БҰЙРЫҚ',
        '2027 жылғы 11 қаңтар                                           № 03-ж.қ.',
        '^Іс жүргізуге жауапты тұлғаны белгілеу туралы',
        'Басқармадағы іс жүргізуді ұйымдастыру мақсатында БҰЙЫРАМЫН:',
        '1. Басқармадағы құжат айналымына және мұрағаттық сақтауға жауапты болып ұйымдастыру-құқықтық бөлімінің бас маманы Байтұрсынова Меруерт Асқарқызы белгіленсін.',
        '2. Байтұрсынова М.А. болмаған кезеңде оның міндеттері бас маман Әбішев Нұрболат Серікұлына жүктелсін.',
        '3. Басқарманың 2025 жылғы 4 наурыздағы № 12-ж.қ. бұйрығы күшін жойды деп танылсын.',
        'Басшы                                                        Қ. Исмаилов',
    ]), AKM_SHYM, [('00303011', 'Автобустар қозғалысының кестесін келісу')], 'appointment',
       ('ЕКЦ-2027/015', '2027-01-08', 'Жауапты тұлғаны тағайындау туралы'),
       'none: order on the person responsible for paperwork and archive', 'kk',
       '"жауапты болып ... белгіленсін" with a substitute and a cancelled old order, but for document flow, not ЕКЦ')

    sm('d33-otkaz-grazhdaninu-kopiya.eml', MENERGO, [('01501009', 'Выдача лицензии на деятельность по эксплуатации магистральных газопроводов')], 'consulting', None,
       'none: copy of a reply to a citizen, for information', 'ru', 'refusal wording ("отказано") but to an applicant, ЕКЦ only in copy',
       'Департамент газовой промышленности', 'dgp@energo.gov.kz', 'Копия: ответ на обращение ЗТ-Ю-2027-00318', 'Fri, 13 Aug 2027 16:48:02 +0500',
       text="""Копия для сведения Единого контакт-центра (обращение поступило через ЕКЦ 1414).

Гр-ну Сапарову Т.К.
г. Актобе

Рассмотрев Ваше обращение от 30.07.2027, сообщаем, что в выдаче лицензии ТОО «Газ-Сервис Актобе» отказано на основании подпункта 3) пункта 9 Правил оказания государственной услуги, так как заявитель не соответствует квалификационным требованиям (отсутствует аттестованный персонал).

В соответствии со статьей 91 АППК Вы вправе обжаловать данное решение в вышестоящий орган или суд.

Директор департамента                        Н. Қалдыбаев""", cc='ekc-kopii@ekc.gov.kz', to='t.saparov@mail.kz')

    sm('d34-uznat-status.eml', AKM_SHYM, [('00303011', 'Автобустар қозғалысының кестесін келісу')], 'information',
       ('ЕКЦ-2027/742', '2027-08-23', 'Мемлекеттік көрсетілетін қызмет туралы ақпарат беру'),
       'none: asks whether our request was sent to the right department', 'kk', 'question, no data',
       'Абдуллаева Гаухар', 'g.abdullayeva@shymkent.gov.kz', 'Сұрақ', 'Wed, 25 Aug 2027 15:03:17 +0500',
       text="""Қайырлы күн!
Сіздердің хаттарыңыз біздің басқармаға келіпті, бірақ автобус кестесін келісу қызметін 2027 жылғы 1 шілдеден бастап қалалық жолаушылар көлігі орталығы көрсетеді ме, әлде әлі де біз бе — бұл мәселе әкімдікте қаралып жатыр. Шешім шыққан соң хабарласамыз. Хатты қайта жіберудің қажеті жоқ.

Гаухар
Отправлено с iPhone""")

# ---------------------------------------------------------------- batch 5
MINPROM = AG('Комитет промышленности Министерства промышленности и строительства Республики Казахстан', 'kp@mps.gov.kz', '230140005561')
AKM_KOST_S = AG('Қостанай облысы әкімдігінің денсаулық сақтау басқармасы', 'dsb@kostanay.gov.kz', '991040002774')
MTUR = AG('Министерство туризма и спорта Республики Казахстан', 'kanc@mts.gov.kz', '230740001127')
AKM_PVL_B = AG('Павлодар облысының білім беру басқармасы', 'edu@pavlodar.gov.kz', '990340008233')
MVD_MS = MVD


@batch
def b5():
    sm('d35-perenos-obucheniya.eml', MINPROM, [('00304012', 'Выдача сертификата о происхождении товара для внутреннего обращения')], 'protocol',
       ('ЕКЦ-2027/811', '2027-09-15', 'О проведении обучения сотрудников ЕКЦ'),
       'none: asks to move the training date', 'ru', 'mentions training, date and service; only a rescheduling request',
       'Нургалиев Бауыржан', 'b.nurgaliyev@mps.gov.kz', 'RE: Обучение 22.09', 'Mon, 20 Sep 2027 18:02:44 +0500',
       text="""Добрый вечер!
Просим перенести обучение по услуге 00304012, назначенное на 22.09.2027, на 29.09.2027 (в 15:00). Эксперт, который проводит обучение, будет в командировке в г. Уральск.
Протокол подпишем по итогам обучения.

Бауыржан Нургалиев
+7 701 447 12 90""", charset='windows-1251', hcharset='windows-1251', label=False)

    sm('d36-habarlama-qabyldandy.eml', AKM_KOST_S, [('00803008', 'Дәрілік заттарды бөлшек саудада өткізуге лицензия беру')], 'information',
       ('ЕКЦ-2027/803', '2027-09-13', 'Мемлекеттік көрсетілетін қызмет туралы ақпарат беру'),
       'none: e-document system receipt', 'kk', 'automatic registration receipt with incoming number and executor',
       'Documentolog', 'noreply@kostanay.gov.kz', 'Құжат тіркелді: кіріс № 01-12/4471', 'Mon, 13 Sep 2027 14:00:09 +0600',
       text="""Құрметті пайдаланушы!
Сіздің құжатыңыз тіркелді.
Кіріс нөмірі: 01-12/4471
Тіркелген күні: 13.09.2027
Орындаушы: Жүсіпова Р.Н. (лицензиялау бөлімі)
Орындау мерзімі: 20.09.2027
Бұл хабарлама автоматты түрде жасалды, оған жауап бермеңіз.""", extra={'Auto-Submitted': 'auto-generated'})

    sf('d37-prikaz-vremenno-ispolnyat.docx', mkdocx([
        ('c', 'МИНИСТЕРСТВО ТУРИЗМА И СПОРТА РЕСПУБЛИКИ КАЗАХСТАН'),
        ('c', 'ПРИКАЗ'),
        '5 октября 2027 года                                                    № 318-ж',
        ('b', 'О возложении исполнения обязанностей'),
        'В связи с нахождением в трудовом отпуске директора Департамента туристской индустрии Бекмуратова К.Ж. с 6 по 27 октября 2027 года:',
        '1. Возложить временное исполнение обязанностей директора Департамента туристской индустрии на заместителя директора Кенжебекову Алию Сериковну.',
        '2. Кенжебековой А.С. обеспечить исполнение поручений, находящихся на контроле.',
        'Ответственный секретарь                                           М. Нуртаев',
    ]), MTUR, [('01201001', 'Включение в государственный реестр туристских маршрутов и троп')], 'appointment',
       ('ЕКЦ-2027/845', '2027-10-01', 'О назначении ответственного лица'),
       'none: an acting-head order for a holiday period', 'ru', '"Возложить ... на Кенжебекову Алию Сериковну" — dative, acting director, not ЕКЦ responsible')

    sf('d38-stsenariy-onlain-semin.txt', """Павлодар облысының білім беру басқармасы
«Мектепке дейінгі ұйымдарға жолдама беру» қызметі бойынша ата-аналарға арналған онлайн-семинардың
СЦЕНАРИЙІ (жоба)

Күні: 2027 жылғы 20 қазан, 11:00
Жүргізуші: Төлеубаева Аружан

1. Кіріспе — 5 мин.
2. egov.kz порталында өтінім беру тәртібі — 15 мин. (Мұқанов Ерсін)
3. Кезекті тексеру — 10 мин.
4. Сұрақ-жауап — 20 мин.

Ескерту: Бірыңғай байланыс орталығының өкілін шақыру мәселесін пысықтау қажет.
""", AKM_PVL_B, [('00705012', 'Мектепке дейінгі ұйымдарға кезекке қою')], 'consulting', None,
       'none: a draft script of the agency\'s own seminar sent by mistake', 'kk', 'draft (жоба) with named speakers and a registry-like service title')

    sm('d39-kto-otvetstvennyi-ekc.eml', MVD_MS, [('00104021', 'Выдача разрешения на постоянное проживание иностранцам')], 'appointment',
       ('ЕКЦ-2027/856', '2027-10-05', 'О назначении ответственного лица'),
       'none: asks for our executor\'s contact; nobody appointed', 'ru', 'asks for names and phones on our side',
       'Касымова Диляра', 'd.kasymova@mvd.gov.kz', 'Контакт исполнителя ЕКЦ', 'Wed, 06 Oct 2027 10:30:00 +0500',
       text="""Здравствуйте.
В Вашем письме № ЕКЦ-2027/856 не указан исполнитель. Сообщите, пожалуйста, ФИО и телефон сотрудника ЕКЦ, с которым наш ответственный будет взаимодействовать, — кандидатуру руководство утвердит после этого.

Касымова Д., КМС МВД РК, 8 (7172) 71-25-03""")

    sm('d40-obnovlenie-sayta.eml', MNE, [('00501021', 'Аккредитация организаций, осуществляющих деятельность по оценке')], 'consulting', None,
       'none: technical maintenance notice of the website', 'ru', 'mentions the website address of a consulted service, but only downtime',
       'Служба поддержки сайта', 'webmaster@economy.gov.kz', 'Плановые технические работы на интернет-ресурсе', 'Fri, 08 Oct 2027 19:00:00 +0500',
       html="""<p>Уважаемые пользователи!</p><p>9 октября 2027 года с 22:00 до 02:00 на интернет-ресурсе <a href="https://www.gov.kz/memleket/entities/economy">www.gov.kz/memleket/entities/economy</a> будут проводиться плановые технические работы. Разделы «Государственные услуги» и «Обращения» будут недоступны.</p><p>Приносим извинения за неудобства.</p>""")

    sm('d41-dos-zaprosy.eml', AKM_KOST_S, [('00803008', 'Дәрілік заттарды бөлшек саудада өткізуге лицензия беру')], 'information',
       ('ЕКЦ-2027/803', '2027-09-13', 'Мемлекеттік көрсетілетін қызмет туралы ақпарат беру'),
       'none: asks for our form as an editable file', 'kk+ru', 'two-language question, no data',
       'Жүсіпова Роза', 'r.zhusupova@kostanay.gov.kz', 'Нысан / Форма', 'Thu, 16 Sep 2027 09:45:20 +0600',
       text="""Сәлеметсіз бе! 1-қосымшаның нысанын Word форматында жіберуіңізді сұраймыз, PDF-ті толтыру мүмкін емес.
Здравствуйте! Просим направить форму приложения 1 в формате Word, PDF заполнить невозможно.
Р. Жүсіпова""")

    sf('d42-zhospar-kesteli.pdf', mkpdf([
        '^2027 жылғы IV тоқсанға арналған мемлекеттік қызмет көрсету сапасын арттыру жөніндегі іс-шаралар ЖОСПАРЫ',
        '^Павлодар облысының білім беру басқармасы',
        '1. Мектептерде «Жалпы білім беретін мектептерге құжаттар қабылдау» қызметі бойынша түсіндіру жұмысын жүргізу — қазан, жауапты: Ахметова Ж.Б.',
        '2. Қызметкерлерді стандарттың өзгерістері бойынша оқыту — қараша, жауапты: Смағұлов Д.Т.',
        '3. Бірыңғай байланыс орталығымен өзара іс-қимыл бойынша кездесу өткізу — желтоқсан, жауапты: кейін анықталады.',
        'Бекітемін: басшының орынбасары ___________ Г. Оспанова',
    ]), AKM_PVL_B, [('00705031', 'Жалпы білім беретін мектептерге құжаттар қабылдау')], 'appointment',
       ('ЕКЦ-2027/866', '2027-10-08', 'Жауапты тұлғаны тағайындау туралы'),
       'none: a quarterly plan; the person for ЕКЦ is "кейін анықталады"', 'kk', 'plan names several "жауапты" people, the ЕКЦ row says to be decided')

    sm('d43-protokol-kollegii.eml', MTUR, [('01201001', 'Включение в государственный реестр туристских маршрутов и троп')], 'protocol',
       ('ЕКЦ-2027/845', '2027-10-01', 'О проведении обучения'),
       'none: board (коллегия) decision extract', 'ru', 'extract of a board protocol mentioning the contact centre',
       'Аппарат Министерства', 'apparat@mts.gov.kz', 'Выписка из протокола заседания коллегии', 'Fri, 29 Oct 2027 12:12:12 +0500',
       text="""ВЫПИСКА
из протокола заседания коллегии Министерства туризма и спорта Республики Казахстан
от 27 октября 2027 года № 4

3. О переводе государственных услуг в сфере туризма в проактивный формат.
Решили: Департаменту туристской индустрии совместно с НАО «Правительство для граждан» (по согласованию) до 1 декабря 2027 года проработать вопрос информирования населения через Единый контакт-центр.

Верно: заведующий сектором документационного обеспечения          Г. Алпысбаева""")

    sm('d44-sms-dostavka-ne.eml', MINPROM, [('00304012', 'Выдача сертификата о происхождении товара для внутреннего обращения')], 'protocol',
       ('ЕКЦ-2027/811', '2027-09-15', 'О проведении обучения сотрудников ЕКЦ'),
       'none: bounce about a third person\'s mailbox forwarded by the agency', 'ru', 'forwarded delivery failure with an old address',
       'Нургалиев Бауыржан', 'b.nurgaliyev@mps.gov.kz', 'Fwd: Недоставленное сообщение', 'Tue, 21 Sep 2027 09:01:00 +0500',
       text="""Коллеги, Ваше письмо на адрес a.sultanov@mps.gov.kz не доставлено — Султанов А. у нас больше не работает. Прошу писать мне, дальнейшее решение по ответственному сообщим официальным письмом.

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mps.gov.kz>
Subject: Undelivered Mail Returned to Sender
<a.sultanov@mps.gov.kz>: host mx.mps.gov.kz said: 550 5.1.1 User unknown""")

    sf('d45-otvet-na-otzyv.txt', """Исх. № 03-08/2291 от 11.10.2027

НАО «Государственная корпорация «Правительство для граждан»

На Ваш аналитический отчет за сентябрь 2027 года

Министерство энергетики Республики Казахстан, рассмотрев аналитический отчет Единого контакт-центра, сообщает, что с выводами о нарушении стандарта государственной услуги по 3 обращениям не согласно: заявления были отозваны самими заявителями (подтверждающие скриншоты ИС «Е-лицензирование» прилагаются).

Просим исключить указанные обращения из отчета.

Вице-министр                                   Е. Акбаров
""", MENERGO, [('01501009', 'Выдача лицензии на деятельность по эксплуатации магистральных газопроводов')], 'consulting', None,
       'none: disagreement with our monthly analytical report', 'ru', 'refutes our report ("не согласно"), not a refusal to give information')

# ---------------------------------------------------------------- batch 6
@batch
def b6():
    sm('d46-ekitil-qabyldandy.eml', AKM_ZHAMB, [('00705012', 'Мектепке дейінгі ұйымдарға кезекке қою')], 'appointment',
       ('ЕКЦ-2027/903', '2027-10-20', 'Жауапты тұлғаны тағайындау туралы'),
       'none: acknowledgement, the name will follow', 'kk+ru', 'bilingual promise "ответственное лицо будет определено"',
       'Білім басқармасы', 'bilim@zhambyl.gov.kz', 'Re: Жауапты тұлға / Ответственное лицо', 'Thu, 21 Oct 2027 10:05:00 +0500',
       text="""Хатыңыз қабылданды, жауапты тұлға 2027 жылғы 27 қазанға дейін анықталады.
Письмо принято, ответственное лицо будет определено до 27 октября 2027 года.
Канцелярия""")
    sm('d47-shaqyru-kenes.eml', AKM_VKO, [('01302003', 'Тарихи-мәдени мұра объектілерінде ғылыми-реставрациялық жұмыстарға келісім беру')], 'information',
       ('ЕКЦ-2027/910', '2027-10-22', 'Мемлекеттік көрсетілетін қызмет туралы ақпарат беру'),
       'none: invitation to the public council meeting', 'kk', 'invitation with date, place and agenda naming the service',
       'Мәдениет басқармасы', 'madeniet@vko.gov.kz', 'Қоғамдық кеңес отырысына шақыру', 'Mon, 25 Oct 2027 16:20:00 +0600',
       text="""Құрметті әріптестер!
2027 жылғы 3 қарашада сағат 11:00-де басқарманың қоғамдық кеңесінің кезекті отырысы өтеді. Күн тәртібінде: «Тарихи-мәдени мұра объектілерінде ғылыми-реставрациялық жұмыстарға келісім беру» қызметін көрсету сапасы туралы есеп.
Мекенжайы: Өскемен қ., Горький көш., 40, 2-қабат, мәжіліс залы.
Қатысатын өкіліңіздің аты-жөнін хабарлауыңызды сұраймыз.""")
    sf('d48-forma-chernovik.docx', mkdocx([
        ('r', 'ЖОБА / ПРОЕКТ — келісілмеген / не согласовано'),
        ('c', 'Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу / Запрос о предоставлении информации о государственной услуге'),
        ('t', [['№', 'Тізілімдегі № / № в реестре', 'Атауы / Наименование', 'Стандарт', 'Регламент', 'НҚА өзгерістері / Изменения НПА', 'Интернет-ресурс', 'Жауапты тұлға / Ответственное лицо'],
               ['1', '2', '3', '4', '5', '6', '7', '8'],
               ['1', '00602017', '', 'нақтыланады / уточняется', '', '', '', '?']]),
        'Орындаған / Исполнитель: ______________     Күні / Дата: «__» ______ 2027 ж.',
    ]), AKM_KARAG, [('00602017', 'Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда')], 'information',
       ('ЕКЦ-2027/915', '2027-10-25', 'О представлении информации о государственной услуге'),
       'none: an unfilled draft of the form', 'kk+ru', 'bilingual Appendix 1 table with one registry number, everything else "уточняется" or blank, marked draft')
    sm('d49-rahmet-oqytu.eml', AKM_ATY, [('00803021', 'Медициналық куәландыру қызметін көрсету')], 'protocol',
       ('ЕКЦ-2027/920', '2027-10-26', 'ЕКЦ қызметкерлерін оқыту туралы'),
       'none: thanks and a note that the protocol is being signed', 'kk+ru', 'training mentioned with a date; protocol "на подписи"',
       'Нұрпейісова Динара', 'd.nurpeisova@atyrau.gov.kz', 'Рахмет! / Спасибо!', 'Fri, 29 Oct 2027 17:55:00 +0500',
       text="""Бүгінгі оқуға қатысқандарыңыз үшін рахмет! Хаттама басшының қолында, қол қойылған соң жібереміз.
Спасибо за участие в сегодняшнем обучении (29.10.2027)! Протокол на подписи у руководителя, направим после подписания.
Динара""")

# ---------------------------------------------------------------- end (batches are inserted above this line)
def finish():
    lines = ['# MANIFEST — marat (decoys-r3b): every document is kind `other`, every context is_reply false', '',
             '| file | kind | language | format | what makes it hard |', '| --- | --- | --- | --- | --- |']
    for n, lg, fmt, hard in MANIFEST:
        lines.append('| %s | other | %s | %s | %s |' % (n, lg, fmt, hard.replace('|', '/')))
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    for b in BATCHES:
        b()
    finish()
    print(len(MANIFEST), 'documents')
