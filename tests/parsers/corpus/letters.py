"""Letters agencies write (p.6 change, p.7 replacement, p.11 refusal, and letters that are none of
them), in Russian and Kazakh, each with the record the parser must give.

Written as an agency's clerk would write them, independently of mappings/letters.toml: several
ways to say each thing, the person's position before or after the name, labelled lines,
tables, the reason before or after the refusal, the date of a change in the sentence.
A generator returns a Letter: the frame (text with {slots}, so typos touch only the frame), the
slot values, optional tables (rendered where the format has tables) and the expected document.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from tests.parsers.corpus import vocab as v


@dataclass
class Letter:
    frame: str  # the letter with {slot} placeholders
    slots: dict[str, str]
    expected: dict[str, Any]  # the contract fields the parser must give
    language: str = "ru"
    subject: str = ""  # the subject line ("О замене ответственного лица")
    tables: list[list[list[str]]] = field(default_factory=list)  # need a DOCX/PDF/XLSX


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def _svc_ref_ru(rng: random.Random, reg: str, name: str) -> str:
    return _pick(rng, f"государственной услуге «{name}» (№ {reg})",
                 f"государственной услуге № {reg} «{name}»",
                 f"государственной услуге «{name}» (№ {reg} в Реестре государственных услуг)",
                 f"оказанию государственной услуги «{name}», регистрационный № {reg}",
                 f"услуге № {reg}")


def _svc_ref_kk(rng: random.Random, reg: str, name: str) -> str:
    return _pick(rng, f"«{name}» мемлекеттік көрсетілетін қызметі (№ {reg})",
                 f"№ {reg} «{name}» мемлекеттік қызметі", f"№ {reg} қызмет")


def _eff_ru(rng: random.Random, d) -> str:
    return _pick(rng, f"с {d:%d.%m.%Y}", f"с {d.day} {v.MONTHS_RU[d.month - 1]} {d.year} года",
                 f"с «{d.day}» {v.MONTHS_RU[d.month - 1]} {d.year} г.")


def _eff_kk(rng: random.Random, d) -> str:
    return _pick(rng, f"{d.year} жылғы {d.day} {v.FROM_KK[d.month - 1]} бастап",
                 f"{d:%d.%m.%Y} бастап", f"{d:%d.%m.%Y} ж. бастап")


def replacement(rng: random.Random) -> Letter:
    kazakh = rng.random() < 0.35
    new, prev = v.person(rng, kazakh), v.person(rng, kazakh)
    (reg, name_ru, name_kk), = v.services(rng, 1)
    eff = v.some_date(rng) if rng.random() < 0.7 else None
    slots = {"new": new.full, "npos": new.position, "ph": new.phone_written, "em": new.email,
             "prev": prev.full, "ppos": prev.position, "reg": reg}
    exp_new: dict[str, Any] = {"full_name": new.full, "position": new.position,
                               "phone": new.phone, "email": new.email.lower()}
    exp_prev: dict[str, Any] = {"full_name": prev.full}
    tables: list[list[list[str]]] = []
    a = "а" if new.female else ""
    if not kazakh:
        ref = _svc_ref_ru(rng, reg, name_ru)
        slots["ref"] = ref
        slots["eff"] = _eff_ru(rng, eff) if eff else ""
        eff_clause = " {eff}" if eff else ""
        variant = rng.randrange(6)
        if variant == 0:
            frame = (f"Сообщаем, что в связи с кадровыми изменениями ответственным лицом по "
                     f"{{ref}}{eff_clause} назначен{a} {{new}}, {{npos}}.\n\nТелефон: {{ph}}\n\n"
                     f"E-mail: {{em}}\n\nПрежнее ответственное лицо: {{prev}}.")
        elif variant == 1:
            frame = (f"Настоящим уведомляем о замене ответственного лица по {{ref}}."
                     f"{' {Eff} ответственным' if eff else ' Ответственным'}"
                     f" является {{npos}} {{new}} (контактный тел. {{ph}}, {{em}}). "
                     f"Ранее эти обязанности исполнял{'а' if prev.female else ''} {{prev}}, "
                     f"{{ppos}}.")
            slots["Eff"] = "С" + slots["eff"][1:]
            exp_prev["position"] = prev.position
        elif variant == 2:
            frame = ("По {ref} информируем о смене ответственного сотрудника.\n"
                     "Новый ответственный сотрудник: {new}\nДолжность: {npos}\n"
                     "Контакты: {ph}, {em}\n"
                     + ("Дата назначения: {effd}\n" if eff else "")
                     + "Предыдущий ответственный сотрудник: {prev}, {ppos}")
            slots["effd"] = eff.strftime("%d.%m.%Y") if eff else ""
            exp_prev["position"] = prev.position
        elif variant == 3:
            frame = (f"В связи с уходом в отпуск по уходу за ребенком {{ppos}} {{prev}} "
                     f"ответственным лицом по {{ref}}{eff_clause} определен{a} {{new}}, {{npos}}, "
                     f"тел.: {{ph}}, эл. почта: {{em}}.")
            exp_prev["position"] = prev.position
        elif variant == 4:
            frame = ("Уведомляем о смене ответственного лица по {ref}"
                     + (" {eff}" if eff else "") + ".\n[[TABLE]]")
            tables = [[["", "Ф.И.О.", "Должность", "Телефон", "E-mail"],
                       ["Прежнее ответственное лицо", prev.full, prev.position, "", ""],
                       ["Новое ответственное лицо", new.full, new.position, new.phone_written,
                        new.email]]]
            exp_prev["position"] = prev.position
        else:
            frame = (f"{{prev}} освобожден{'а' if prev.female else ''} от обязанностей "
                     f"ответственного лица по {{ref}} в связи с переводом на другую должность."
                     f"\nОтветственным лицом{eff_clause} назначается {{new}} — {{npos}}\n"
                     f"тел. {{ph}}\n{{em}}")
        subject = _pick(rng, "О замене ответственного лица", "О смене ответственного лица",
                        "Об ответственном лице", "")
    else:
        ref = _svc_ref_kk(rng, reg, name_kk)
        slots["ref"] = ref
        slots["eff"] = _eff_kk(rng, eff) if eff else ""
        variant = rng.randrange(3)
        if variant == 0:
            frame = ("{ref} бойынша жауапты тұлғаның ауысқаны туралы хабарлаймыз. "
                     + ("{eff} " if eff else "")
                     + "жауапты тұлға болып {npos} {new} тағайындалды. Байланыс телефоны: {ph}, "
                       "эл. пошта: {em}. Бұрынғы жауапты тұлға – {prev}.")
        elif variant == 1:
            frame = ("{ref} бойынша жаңа жауапты қызметкер: {new}, {npos}.\nТел.: {ph}\n"
                     "Эл. пошта: {em}\n" + ("Тағайындалған күні: {effd}\n" if eff else "")
                     + "Бұған дейін жауапты болған: {prev}.")
            slots["effd"] = eff.strftime("%d.%m.%Y") if eff else ""
        else:
            frame = ("Кадрлық өзгерістерге байланысты {ref} бойынша {prev} орнына "
                     + ("{eff} " if eff else "")
                     + "{new} ({npos}) жауапты тұлға болып белгіленді. Тел. {ph}, {em}.")
        subject = _pick(rng, "Жауапты тұлғаны ауыстыру туралы", "Жауапты тұлға туралы", "")
    expected = {"kind": "responsible_change", "responsible": exp_new,
                "previous_responsible": exp_prev, "effective_date": eff.isoformat() if eff
                else None, "services": [{"registry_number": reg}]}
    return Letter(frame, slots, expected, "kk" if kazakh else "ru", subject, tables)


REASONS_RU = {
    "state_secret": ["запрашиваемые сведения отнесены к государственным секретам",
                     "указанная информация содержит сведения, составляющие государственные "
                     "секреты", "документы по данной услуге имеют гриф «секретно»"],
    "commercial_secret": ["запрашиваемая информация составляет коммерческую тайну поставщика",
                          "сведения являются коммерческой тайной третьих лиц"],
    "protected_secret": ["сведения содержат персональные данные услугополучателей, охраняемые "
                         "законом", "информация составляет врачебную тайну",
                         "запрашиваемые данные относятся к нотариальной тайне",
                         "информация содержит сведения, составляющие банковскую тайну",
                         "сведения составляют тайну усыновления, охраняемую законом"],
    "not_competent": ["данная государственная услуга не входит в компетенцию Управления",
                      "оказание указанной услуги относится к ведению другого государственного "
                      "органа", "Управление не является услугодателем по данной услуге"],
    "other": ["информация была направлена ранее письмом от 12.03.2025 № 01-12/345",
              "запрашиваемые сведения отсутствуют в распоряжении Управления",
              "запрос не содержит перечня необходимых сведений"],
}
REASONS_KK = {
    "state_secret": ["сұралған мәліметтер мемлекеттік құпияларға жатады"],
    "commercial_secret": ["сұралған ақпарат коммерциялық құпия болып табылады"],
    "protected_secret": ["мәліметтерде заңмен қорғалатын дербес деректер бар",
                         "бұл ақпарат дәрігерлік құпияны құрайды"],
    "not_competent": ["бұл мәселе басқарманың құзыретіне кірмейді",
                      "аталған қызмет басқарманың құзыретіне жатпайды"],
    "other": ["бұл ақпарат бұрын жіберілген"],
}


def refusal(rng: random.Random) -> Letter:
    kazakh = rng.random() < 0.3
    ground = rng.choice(list(REASONS_RU))
    reason = rng.choice((REASONS_KK if kazakh else REASONS_RU)[ground])
    (reg, name_ru, name_kk), = v.services(rng, 1)
    agency = rng.choice(v.AGENCIES_KK if kazakh else v.AGENCIES_RU)
    slots = {"reason": reason, "agency": agency}
    if not kazakh:
        slots["ref"] = _svc_ref_ru(rng, reg, name_ru)
        frame = rng.choice([
            "Рассмотрев запрос о представлении дополнительной информации по {ref}, {agency} "
            "отказывает в ее представлении.\n\nПричина отказа: {reason}.",
            "На Ваш запрос сообщаем, что предоставить сведения по {ref} не представляется "
            "возможным, так как {reason}.",
            "{agency} не может предоставить запрашиваемую информацию по {ref}.\n"
            "Основание: {reason}.",
            "Касательно запроса по {ref} информируем, что {reason}. В связи с этим "
            "запрашиваемая информация направлена не будет.",
            "В предоставлении информации по {ref} отказано, поскольку {reason}.",
            "Сообщаем, что {agency} вынужден отклонить Ваш запрос по {ref} ввиду того, что "
            "{reason}.",
        ])
        subject = _pick(rng, "Об отказе в предоставлении информации", "Ответ на запрос", "")
    else:
        slots["ref"] = _svc_ref_kk(rng, reg, name_kk)
        frame = rng.choice([
            "{ref} бойынша сұралған ақпаратты ұсыну мүмкін емес, себебі {reason}.",
            "{ref} бойынша сұрауыңызды қарап, ақпарат беруден бас тартатынымызды хабарлаймыз.\n"
            "Бас тарту себебі: {reason}.",
            "{ref} бойынша сұралған мәліметтер жіберілмейді. Негіздеме: {reason}.",
        ])
        subject = _pick(rng, "Ақпарат беруден бас тарту туралы", "Сұрауға жауап", "")
    expected = {"kind": "refusal", "refusal_reason": reason, "refusal_ground": ground,
                "services": [{"registry_number": reg}]}
    return Letter(frame, slots, expected, "kk" if kazakh else "ru", subject)


def other(rng: random.Random) -> Letter:
    """Letters that are none of the kinds, several saying so in the kinds' own words, negated."""
    kazakh = rng.random() < 0.3
    (reg, name_ru, name_kk), = v.services(rng, 1)
    if not kazakh:
        frame = rng.choice([
            "По государственной услуге № {reg} сообщаем, что изменений в ранее представленную "
            "информацию не вносилось, актуализация сведений не требуется.",
            "Благодарим за сотрудничество. Отказ в консультировании граждан по услугам не "
            "допускается, просим руководствоваться ранее направленной информацией.",
            "Направляем Вам ответ на запрос. Сведения по услуге № {reg} остаются без изменений.",
            "Ответственное лицо по услуге № {reg} не менялось, контактные данные прежние.",
            "Просим сообщить удобную дату для проведения обучения сотрудников Единого "
            "контакт-центра по услуге № {reg}.",
            "Подтверждаем получение Вашего письма. Ответ будет направлен в установленный срок.",
        ])
    else:
        frame = rng.choice([
            "№ {reg} қызмет бойынша бұрын ұсынылған ақпаратта өзгерістер жоқ.",
            "№ {reg} қызмет бойынша жауапты тұлға ауыспаған.",
            "Хатыңызды алғанымызды растаймыз. Жауап белгіленген мерзімде жіберіледі.",
        ])
    return Letter(frame, {"reg": reg}, {"kind": "other"}, "kk" if kazakh else "ru",
                  _pick(rng, "Ответ на запрос", "Информация", ""))
