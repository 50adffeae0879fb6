# -*- coding: utf-8 -*-
"""Helpers for timur's corpus: mail composer, DOCX/XLSX/PDF writers, keys, contexts, manifest.

Only plumbing lives here; every document's text is written by hand in the t_*.py modules.
"""
import base64
import io
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
MANIFEST = []
RNG = random.Random(20270315)

# --------------------------------------------------------------------------------------------
# agencies (all invented): code -> (name, email, bin)
AG = {
    "enbek": ("Министерство труда и социальной защиты населения Республики Казахстан", "kense@enbek-mtszn.gov.kz", "130140011245"),
    "dsm": ("Министерство здравоохранения Республики Казахстан", "kanc@densaulyq-mz.gov.kz", "960740000283"),
    "moa": ("Министерство сельского хозяйства Республики Казахстан", "kense@agro-msh.gov.kz", "990640001327"),
    "vet": ("Комитет ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан", "kvkn@agro-msh.gov.kz", "040540007318"),
    "adilet": ("Министерство юстиции Республики Казахстан", "kanc@adilet-mu.gov.kz", "970240000519"),
    "krs": ("Комитет регистрационной службы Министерства юстиции Республики Казахстан", "krs@adilet-mu.gov.kz", "080940014472"),
    "kgd": ("Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd-kense@kirister-mf.gov.kz", "100940007210"),
    "edu": ("Министерство просвещения Республики Казахстан", "kense@bilim-mp.gov.kz", "220540032111"),
    "migr": ("Комитет миграционной службы Министерства внутренних дел Республики Казахстан", "kms@ishki-mvd.gov.kz", "110240019534"),
    "karedu": ("ГУ «Управление образования Карагандинской области»", "uo@bilim-karaganda.gov.kz", "020340002781"),
    "pvzdrav": ("ГУ «Управление здравоохранения Павлодарской области»", "uzo@densaulyq-pavlodar.gov.kz", "990140005662"),
    "zags": ("ГУ «Управление регистрации актов гражданского состояния города Шымкент»", "azhat@shymkent-akimat.gov.kz", "180340026419"),
    "beskainar": ("ГУ «Аппарат акима Бескайнарского сельского округа Талгарского района»", "beskainar.so@talgar-akimat.gov.kz", "000940011803"),
    "astzem": ("ГУ «Управление земельных отношений города Астаны»", "jer@astana-akimat.gov.kz", "081140009926"),
    "almarch": ("ГУ «Управление архитектуры и градостроительства города Алматы»", "sawlet@almaty-akimat.gov.kz", "050140010277"),
    "eco": ("Министерство экологии и природных ресурсов Республики Казахстан", "kense@ecogeo-mepr.gov.kz", "190140021136"),
    "energy": ("Министерство энергетики Республики Казахстан", "kanc@energo-me.gov.kz", "140740013850"),
    "transp": ("Комитет транспорта Министерства транспорта Республики Казахстан", "kt@kolik-mt.gov.kz", "230140017552"),
    "kostagro": ("ГУ «Управление сельского хозяйства и земельных отношений акимата Костанайской области»", "ush@kostanay-akimat.gov.kz", "960140001418"),
    "vkozan": ("ГУ «Управление занятости и социальных программ Восточно-Казахстанской области»", "uzsp@vko-akimat.gov.kz", "030240005177"),
    "zhambzhkh": ("ГУ «Отдел жилищно-коммунального хозяйства и жилищной инспекции Жамбылского района»", "zhkh.zhambyl@almobl-akimat.gov.kz", "160740020915"),
    "mcri": ("Комитет телекоммуникаций Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "kt@cifra-mcriap.gov.kz", "190740029881"),
    "sport": ("Комитет по делам спорта и физической культуры Министерства туризма и спорта Республики Казахстан", "sport@turizm-mts.gov.kz", "230440008264"),
    "skovet": ("ГУ «Управление ветеринарии акимата Северо-Казахстанской области»", "vet@sko-akimat.gov.kz", "150240018303"),
    "kds": ("Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан", "kds@kurylys-mps.gov.kz", "040840002996"),
    "atyrbiz": ("ГУ «Управление предпринимательства и индустриально-инновационного развития Атырауской области»", "kasipkerlik@atyrau-akimat.gov.kz", "070540017720"),
    "mod": ("Министерство обороны Республики Казахстан", "kense@qorgau-mo.gov.kz", "970740001364"),
    "border": ("Пограничная служба Комитета национальной безопасности Республики Казахстан", "ps-kanc@shekara-knb.gov.kz", "980340002216"),
    "arrfr": ("Агентство Республики Казахстан по регулированию и развитию финансового рынка", "kense@qarjy-arrfr.gov.kz", "200140006731"),
    "kultura": ("Министерство культуры и информации Республики Казахстан", "kanc@madeniet-mki.gov.kz", "980440010288"),
    "turkarh": ("ГУ «Управление цифровизации и архивов Туркестанской области»", "muragat@turkistan-akimat.gov.kz", "181140033059"),
    "mangzem": ("ГУ «Отдел земельных отношений города Актау»", "jer.aktau@mangystau-akimat.gov.kz", "050740004482"),
    "kyzzdrav": ("ГУ «Управление здравоохранения Кызылординской области»", "densaulyk@kyzylorda-akimat.gov.kz", "950640000177"),
    "abaiedu": ("ГУ «Управление образования области Абай»", "bilim@abai-akimat.gov.kz", "220840019365"),
    "ulytau": ("ГУ «Управление сельского хозяйства области Ұлытау»", "auyl@ulytau-akimat.gov.kz", "220740021047"),
    "nalog_ast": ("Департамент государственных доходов по городу Астане", "dgd.astana@kirister-mf.gov.kz", "091040013378"),
    "minfin": ("Министерство финансов Республики Казахстан", "kanc@kirister-mf.gov.kz", "960740000911"),
    "fin_monitor": ("Агентство Республики Казахстан по финансовому мониторингу", "kense@afm-qarjy.gov.kz", "210340021580"),
}

# registry number -> (ru name, kk name)
SV = {
    "00501024": ("Назначение единовременной выплаты в связи с рождением ребенка", "Баланың тууына байланысты біржолғы төлем тағайындау"),
    "00502031": ("Назначение пособия по уходу за ребенком по достижении им возраста одного года", "Бала бір жасқа толғанға дейін оның күтіміне байланысты жәрдемақы тағайындау"),
    "00504118": ("Выдача справки о регистрации в качестве безработного", "Жұмыссыз ретінде тіркелгені туралы анықтама беру"),
    "01002046": ("Выдача лицензии на медицинскую деятельность", "Медициналық қызметке лицензия беру"),
    "01003081": ("Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь", "Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту"),
    "00801052": ("Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты", "Орны ауыстырылатын (тасымалданатын) объектілерге ветеринариялық сертификат беру"),
    "00803127": ("Субсидирование стоимости удобрений (за исключением органических)", "Тыңайтқыштардың (органикалықтарды қоспағанда) құнын субсидиялау"),
    "00201093": ("Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств", "Заңды тұлғаларды мемлекеттік тіркеу және олардың филиалдары мен өкілдіктерін есептік тіркеу"),
    "00205140": ("Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов", "Әділет органдарынан және өзге мемлекеттік органдардан шығатын ресми құжаттарға апостиль қою"),
    "00707216": ("Выдача архивных справок и (или) копий архивных документов", "Мұрағаттық анықтамалар және (немесе) мұрағаттық құжаттардың көшірмелерін беру"),
    "00603012": ("Прием документов и зачисление детей в дошкольные организации", "Мектепке дейінгі ұйымдарға құжаттар қабылдау және балаларды қабылдау"),
    "00604077": ("Выдача дубликатов документов об основном среднем, общем среднем образовании", "Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру"),
    "00405026": ("Выдача разрешений на временное проживание иностранцам и лицам без гражданства", "Шетелдіктер мен азаматтығы жоқ адамдарға уақытша тұруға рұқсат беру"),
    "00401153": ("Регистрация по месту жительства населения Республики Казахстан", "Қазақстан Республикасы халқын тұрғылықты жері бойынша тіркеу"),
    "00901088": ("Регистрационный учет налогоплательщиков", "Салық төлеушілерді тіркеу есебі"),
    "00903214": ("Выдача сведений об отсутствии (наличии) налоговой задолженности", "Салық берешегінің жоқ (бар) екендігі туралы мәліметтер беру"),
    "00101036": ("Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния", "Баланың тууын мемлекеттік тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу"),
    "00101074": ("Государственная регистрация заключения брака (супружества)", "Некеге тұруды (ерлі-зайыптылықты) мемлекеттік тіркеу"),
    "00102019": ("Восстановление записей актов гражданского состояния", "Азаматтық хал актілерінің жазбаларын қалпына келтіру"),
    "01101062": ("Предоставление земельного участка для строительства объекта в черте населенного пункта", "Елді мекен шегінде объект салу үшін жер учаскесін беру"),
    "01102105": ("Изменение целевого назначения земельного участка", "Жер учаскесінің нысаналы мақсатын өзгерту"),
    "01203058": ("Выдача архитектурно-планировочного задания и технических условий", "Сәулет-жоспарлау тапсырмасын және техникалық шарттарды беру"),
    "01301027": ("Выдача экологического разрешения на воздействие для объектов II категории", "II санаттағы объектілер үшін әсер етуге экологиялық рұқсат беру"),
    "01402041": ("Выдача лицензии на эксплуатацию магистральных газопроводов, нефтепроводов, нефтепродуктопроводов", "Магистральдық газ құбырларын, мұнай құбырларын, мұнай өнімдері құбырларын пайдалануға лицензия беру"),
    "00303085": ("Выдача лицензии на перевозку опасных грузов автомобильным транспортом", "Автомобиль көлігімен қауіпті жүктерді тасымалдауға лицензия беру"),
    "00803149": ("Выдача удостоверения на право управления самоходными машинами", "Өздігінен жүретін машиналарды басқару құқығына куәлік беру"),
    "01501036": ("Выдача разрешения на использование радиочастотного спектра Республики Казахстан", "Қазақстан Республикасының радиожиілік спектрін пайдалануға рұқсат беру"),
    "01601024": ("Присвоение спортивных званий: мастер спорта Республики Казахстан международного класса, мастер спорта Республики Казахстан", "Спорттық атақтар беру: Қазақстан Республикасының халықаралық дәрежедегі спорт шебері, Қазақстан Республикасының спорт шебері"),
    "00802071": ("Выдача ветеринарной справки", "Ветеринариялық анықтама беру"),
    "00105013": ("Выдача справки о наличии личного подсобного хозяйства", "Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру"),
    "00505062": ("Назначение государственной адресной социальной помощи", "Мемлекеттік атаулы әлеуметтік көмек тағайындау"),
    "01701048": ("Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда", "Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою және кезекке тұрғызу"),
    "01702016": ("Выдача решения на перевод жилого помещения в нежилое", "Тұрғын үй-жайды тұрғын емес үй-жайға ауыстыру туралы шешім беру"),
    "01204093": ("Выдача лицензии на изыскательскую и проектную деятельность", "Іздестіру және жобалау қызметіне лицензия беру"),
    "01005021": ("Выдача разрешения на участие в конкурсе на получение субсидий по мерам поддержки предпринимательства", "Кәсіпкерлікті қолдау шаралары бойынша субсидия алуға арналған конкурсқа қатысуға рұқсат беру"),
    "01801037": ("Выдача справки о прохождении воинской службы", "Әскери қызмет өткергені туралы анықтама беру"),
    "01901025": ("Выдача пропуска на въезд в пограничную полосу", "Шекара белдеуіне кіруге рұқсатнама беру"),
    "02001054": ("Выдача лицензии на проведение банковских операций", "Банк операцияларын жүргізуге лицензия беру"),
    "00708034": ("Выдача разрешения на вывоз культурных ценностей", "Мәдени құндылықтарды әкетуге рұқсат беру"),
    "01003115": ("Выдача справки с психоневрологической организации", "Психоневрологиялық ұйымнан анықтама беру"),
    "00604135": ("Прием документов для организации бесплатного подвоза к общеобразовательным организациям", "Жалпы білім беретін ұйымдарға тегін тасымалдауды ұйымдастыру үшін құжаттар қабылдау"),
    "00803166": ("Выдача разрешения на использование животного мира", "Жануарлар дүниесін пайдалануға рұқсат беру"),
    "01102142": ("Выдача решения на изменение целевого назначения земельного участка в пределах одной категории", "Бір санат шегінде жер учаскесінің нысаналы мақсатын өзгертуге шешім беру"),
    "00903257": ("Прием налоговых заявлений о приостановлении (продлении, возобновлении) представления налоговой отчетности", "Салық есептілігін тапсыруды тоқтата тұру (ұзарту, қайта бастау) туралы салық өтініштерін қабылдау"),
    "02101018": ("Выдача уведомления о постановке на учет субъектов финансового мониторинга", "Қаржы мониторингі субъектілерін есепке қою туралы хабарлама беру"),
}


def sv(reg, lang="ru"):
    return SV[reg][0 if lang == "ru" else 1]


def ctx(ag, regs, awaiting, our=None, effect="", is_reply=True, lang="ru"):
    name, email, bin_ = AG[ag]
    our_letter = None
    if our:
        our_letter = {"number": our[0], "date": our[1], "subject": our[2]}
    return {
        "agency": {"name": name, "email": email, "bin": bin_},
        "services": [{"registry_number": r, "name": SV[r][0]} for r in regs],
        "awaiting": awaiting,
        "our_letter": our_letter,
        "expected_effect": effect,
        "is_reply": is_reply,
    }


def save(name, data, docs, context, kind, lang, fmt, hard, exit_code=0):
    path = os.path.join(OUT, name)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"exit": exit_code, "documents": docs}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(path + ".context.json", "w", encoding="utf-8") as f:
        json.dump(context, f, ensure_ascii=False, indent=2)
        f.write("\n")
    MANIFEST.append((name, kind, lang, fmt, hard))


# --------------------------------------------------------------------------------------------
# mail
NL = "\n"


def enc_hdr(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def text_part(text, subtype="plain", charset="utf-8", cte="base64", label="same", crlf=True):
    """One text/* MIME part as bytes. label: the charset written in the header ('same' = the real one,
    None = no charset parameter, any other string = a wrong label)."""
    if label == "same":
        label = charset
    body_text = text.replace("\r\n", "\n")
    if crlf:
        body_text = body_text.replace("\n", "\r\n")
    raw = body_text.encode(charset)
    ct = f"Content-Type: text/{subtype}"
    if label:
        ct += f'; charset="{label}"'
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    elif cte in ("8bit", "7bit"):
        body = raw.replace(b"\r\n", b"\n")
    else:
        raise ValueError(cte)
    head = (ct + NL + f"Content-Transfer-Encoding: {cte}" + NL + NL).encode("ascii")
    return head + body


def attach_part(filename, data, mime="application/octet-stream", style="rfc2231", inline=False):
    disp = "inline" if inline else "attachment"
    ascii_ok = True
    try:
        filename.encode("ascii")
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok or style == "ascii":
        ctp = f'Content-Type: {mime}; name="{filename}"'
        cdp = f'Content-Disposition: {disp}; filename="{filename}"'
    elif style == "rfc2231":
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"), safe="")
        ctp = f"Content-Type: {mime};" + NL + f" name*=utf-8''{q}"
        cdp = f"Content-Disposition: {disp};" + NL + f" filename*=utf-8''{q}"
    elif style in ("encword", "encword1251"):
        cs = "utf-8" if style == "encword" else "windows-1251"
        b = base64.b64encode(filename.encode(cs)).decode()
        ew = f"=?{cs}?B?{b}?="
        ctp = f'Content-Type: {mime};' + NL + f' name="{ew}"'
        cdp = f'Content-Disposition: {disp};' + NL + f' filename="{ew}"'
    else:
        raise ValueError(style)
    body = base64.encodebytes(data)
    head = (ctp + NL + "Content-Transfer-Encoding: base64" + NL + cdp + NL + NL).encode("ascii")
    return head + body


def multipart(parts, subtype="mixed", boundary=None, preamble=None):
    if boundary is None:
        boundary = "----=_NextPart_%06d_%04X.%08X" % (RNG.randrange(10**6), RNG.randrange(65536), RNG.randrange(2**32))
    out = [f'Content-Type: multipart/{subtype};' + NL + f' boundary="{boundary}"' + NL + NL]
    out = [out[0].encode("ascii")]
    if preamble:
        out.append((preamble + NL).encode("ascii"))
    for p in parts:
        out.append(f"--{boundary}{NL}".encode("ascii"))
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(NL.encode())
    out.append(f"--{boundary}--{NL}".encode("ascii"))
    return b"".join(out)


def eml(frm, to, subject, date, content, msgid=None, hdr_charset="utf-8", extra=None, cc=None,
        in_reply_to=None, mailer=None, raw_subject=None):
    """frm/to: (name, email) or str. content: bytes of a part (headers + body)."""
    def a(x):
        if isinstance(x, tuple):
            return addr(x[0], x[1], hdr_charset)
        return x
    lines = []
    if extra:
        for k, v in extra:
            if k.startswith("^"):
                lines.append(f"{k[1:]}: {v}")
    lines.append(f"From: {a(frm)}")
    if isinstance(to, list):
        lines.append("To: " + ", ".join(a(x) for x in to))
    else:
        lines.append(f"To: {a(to)}")
    if cc:
        lines.append("Cc: " + ", ".join(a(x) for x in cc))
    lines.append("Subject: " + (raw_subject if raw_subject is not None else enc_hdr(subject, hdr_charset)))
    lines.append(f"Date: {date}")
    if msgid is None:
        dom = (frm[1] if isinstance(frm, tuple) else frm).split("@")[-1].strip(">")
        msgid = "<%s.%d@%s>" % (format(RNG.getrandbits(48), "x"), RNG.randrange(10**6), dom)
    lines.append(f"Message-ID: {msgid}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
        lines.append(f"References: {in_reply_to}")
    if mailer:
        lines.append(f"X-Mailer: {mailer}")
    if extra:
        for k, v in extra:
            if not k.startswith("^"):
                lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return (NL.join(lines) + NL).encode("ascii") + content


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# --------------------------------------------------------------------------------------------
# DOCX
def new_docx(landscape=False, font="Times New Roman", size=12):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, Mm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is not None:
        rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", font)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20 if not landscape else 15)
    sec.top_margin = sec.bottom_margin = Mm(15)
    return d


def P(d, text="", bold=False, italic=False, align=None, size=None, space_after=None, indent=None):
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    al = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
          "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}[align]
    p = d.add_paragraph()
    if al is not None:
        p.alignment = al
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent:
        p.paragraph_format.first_line_indent = Mm(indent)
    return p


def T(d, rows, widths_mm=None, size=9, bold_rows=(0,), merges=(), style="Table Grid", center_rows=()):
    """rows: list of lists of str (None = part of a merge, leave empty). merges: ((r1,c1),(r2,c2))."""
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    nr, nc = len(rows), max(len(r) for r in rows)
    t = d.add_table(rows=nr, cols=nc)
    if style:
        t.style = style
    for ri, row in enumerate(rows):
        for ci in range(nc):
            val = row[ci] if ci < len(row) else ""
            if val is None:
                continue
            cell = t.cell(ri, ci)
            p = cell.paragraphs[0]
            lines = str(val).split("\n")
            for li, line in enumerate(lines):
                if li > 0:
                    p = cell.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
                if ri in bold_rows:
                    r.bold = True
                if ri in center_rows or ri in bold_rows:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for (r1, c1), (r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        a.merge(b)
    if widths_mm:
        for ci, w in enumerate(widths_mm):
            for ri in range(nr):
                t.cell(ri, ci).width = Mm(w)
    return t


def docx_bytes(d):
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


# --------------------------------------------------------------------------------------------
# XLSX
def xlsx_bytes(wb):
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def xl_put(ws, r, c, value, bold=False, wrap=True, size=10, center=False, border=True):
    from openpyxl.styles import Alignment, Border, Font, Side
    cell = ws.cell(row=r, column=c, value=value)
    cell.font = Font(name="Times New Roman", size=size, bold=bold)
    cell.alignment = Alignment(wrap_text=wrap, vertical="top", horizontal="center" if center else None)
    if border:
        s = Side(style="thin")
        cell.border = Border(left=s, right=s, top=s, bottom=s)
    return cell


# --------------------------------------------------------------------------------------------
# PDF
_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", base + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", base + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", base + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVCB", base + "DejaVuSansCondensed-Bold.ttf"))
    _FONTS_DONE = True


def pdf_bytes(items, landscape=False, serif=False, title="", author=""):
    """items: ('p', text, {size, bold, align, space}) | ('t', rows, colwidths_mm, {size, header_rows, grid})
    | ('sp', mm) | ('pb',)"""
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape as land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    fn, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=land(A4) if landscape else A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=title, author=author)
    story = []
    aligns = {"l": TA_LEFT, "c": TA_CENTER, "r": TA_RIGHT, "j": TA_JUSTIFY}

    def pst(size=10, bold=False, align="l", font=None):
        return ParagraphStyle("x", fontName=font or (fb if bold else fn), fontSize=size, leading=size * 1.25,
                              alignment=aligns[align])

    for it in items:
        if it[0] == "p":
            o = it[2] if len(it) > 2 else {}
            txt = escape(it[1]).replace("\n", "<br/>")
            story.append(Paragraph(txt, pst(o.get("size", 10.5), o.get("bold", False), o.get("align", "l"))))
            story.append(Spacer(1, o.get("space", 2) * mm))
        elif it[0] == "t":
            rows, widths = it[1], it[2]
            o = it[3] if len(it) > 3 else {}
            size = o.get("size", 8)
            hsize = o.get("hsize", size)
            hr = o.get("header_rows", 1)
            tf = o.get("font", "DVC")
            data = []
            for ri, row in enumerate(rows):
                data.append([Paragraph(escape(str(c or "")).replace("\n", "<br/>"),
                                       pst(hsize if ri < hr else size, ri < hr, "c" if ri < hr else "l",
                                           font=(tf + "B" if ri < hr and tf in ("DVC", "DV", "DVS") else tf)))
                             for c in row])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=hr)
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if o.get("grid", True):
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            for sp in o.get("spans", []):
                cmds.append(("SPAN",) + tuple(sp))
            t.setStyle(TableStyle(cmds))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif it[0] == "sp":
            story.append(Spacer(1, it[1] * mm))
        elif it[0] == "pb":
            story.append(PageBreak())
    doc.build(story)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# text files
def txt_bytes(text, encoding="utf-8", crlf_=False):
    if crlf_:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if encoding == "utf-16":
        return text.encode("utf-16")  # with BOM
    if encoding == "utf-8-sig":
        return text.encode("utf-8-sig")
    return text.encode(encoding)
