"""The protocol of acceptance of a public service for consulting (p.8), as DOCX, ru or kk.

Why generated: p.8 says the protocol is drawn up when the training ends and signed by the
authorised representatives of the contact centre and of the agency; the gateway writes it with
what it knows (the service, the agency, the responsible person who trains, the training's
date when known) and leaves blank places for what only the people present can write (the
contact centre's employee trained, the signatures), and sends it to the responsible person.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from gateway.domain import Agency, ResponsiblePerson, Service

BLANK = "______________________________"
TEXT = {
    "ru": {
        "title": "Протокол\nпринятия Единым контакт-центром государственной услуги "
                 "для консультирования",
        "basis": "Составлен в соответствии с пунктом 8 Правил взаимодействия Единого "
                 "контакт-центра по вопросам оказания государственных услуг (приказ от 18 "
                 "февраля 2015 года № 130).",
        "service": "Государственная услуга: № {number} «{name}»",
        "agency": "Услугодатель: {agency}",
        "date": "Дата проведения обучения: {date}",
        "trainer": "Обучение провел(а) ответственное лицо: {person}",
        "trainee": "Обучение прошел(а) ответственный сотрудник Единого контакт-центра: " + BLANK,
        "result": "По итогам обучения государственная услуга принята Единым контакт-центром "
                  "для консультирования. Информацию о порядке оказания государственной услуги "
                  "Единый контакт-центр начинает представлять услугополучателям по истечении "
                  "пяти рабочих дней с момента подписания настоящего протокола (пункт 9 "
                  "Правил).",
        "sign_ekc": "От Единого контакт-центра: " + BLANK + " (подпись, Ф.И.О., должность)",
        "sign_agency": "От услугодателя ({agency}): " + BLANK + " (подпись, Ф.И.О., должность)",
        "number": "К письму исх. № {number}",
        "no_date": "« __ »________ 20__г.",
    },
    "kk": {
        "title": "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметті консультация "
                 "беру үшін қабылдау\nхаттамасы",
        "basis": "Мемлекеттік қызметтер көрсету мәселелері жөніндегі Бірыңғай байланыс "
                 "орталығының өзара іс-қимыл қағидаларының (2015 жылғы 18 ақпандағы № 130 "
                 "бұйрық) 8-тармағына сәйкес жасалды.",
        "service": "Мемлекеттік көрсетілетін қызмет: № {number} «{name}»",
        "agency": "Көрсетілетін қызметті беруші: {agency}",
        "date": "Оқыту өткізілген күн: {date}",
        "trainer": "Оқытуды өткізген жауапты тұлға: {person}",
        "trainee": "Оқытудан өткен Бірыңғай байланыс орталығының жауапты қызметкері: " + BLANK,
        "result": "Оқыту қорытындысы бойынша мемлекеттік көрсетілетін қызмет Бірыңғай байланыс "
                  "орталығымен консультация беру үшін қабылданды. Бірыңғай байланыс орталығы "
                  "қызметті көрсету тәртібі туралы ақпаратты осы хаттамаға қол қойылған сәттен "
                  "бастап бес жұмыс күні өткеннен кейін бере бастайды (Қағидалардың "
                  "9-тармағы).",
        "sign_ekc": "Бірыңғай байланыс орталығы атынан: " + BLANK + " (қолы, Т.А.Ә., лауазымы)",
        "sign_agency": "{agency} атынан: " + BLANK + " (қолы, Т.А.Ә., лауазымы)",
        "number": "№ {number} шығыс хатқа",
        "no_date": "« __ »________ 20__ж.",
    },
}


def _person(person: ResponsiblePerson | None) -> str:
    if person is None or not person.full_name:
        return BLANK
    return ", ".join(x for x in (person.full_name, person.position) if x)


def build_protocol(service: Service, agency: Agency, responsible: ResponsiblePerson | None,
                   language: str = "ru", training_date: dt.date | None = None,
                   outgoing_number: str = "") -> bytes:
    """The protocol as DOCX bytes: the service, the date, who trained whom, two signatures."""
    lang = language if language in TEXT else "ru"
    text = TEXT[lang]
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(text["title"]).bold = True
    if outgoing_number:
        doc.add_paragraph(text["number"].format(number=outgoing_number))
    doc.add_paragraph(text["basis"])
    name = service.name_kk if lang == "kk" and service.name_kk else service.name_ru
    agency_name = agency.name_kk if lang == "kk" and agency.name_kk else agency.name_ru
    doc.add_paragraph(text["service"].format(number=service.registry_number, name=name))
    doc.add_paragraph(text["agency"].format(agency=agency_name))
    day = training_date.strftime("%d.%m.%Y") if training_date else text["no_date"]
    doc.add_paragraph(text["date"].format(date=day))
    doc.add_paragraph(text["trainer"].format(person=_person(responsible)))
    doc.add_paragraph(text["trainee"])
    doc.add_paragraph(text["result"])
    doc.add_paragraph()
    doc.add_paragraph(text["sign_ekc"])
    doc.add_paragraph(text["sign_agency"].format(agency=agency_name))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
