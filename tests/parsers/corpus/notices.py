"""Change notices (p.6) as letters or revised tables, and training protocols (p.8), Russian and
Kazakh, with the records the parser must give (see letters.py for the Letter shape)."""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.corpus import vocab as v
from tests.parsers.corpus.letters import Letter, _pick

URLS = ["https://www.gov.kz/memleket/entities/mcs/activities/services",
        "www.madeniet-atyrau.gov.kz/uslugi", "https://egov.kz/cms/ru/services/culture/pass_42",
        "http://bilim.pavlodar.gov.kz/ru/gosuslugi", "https://adilet.karaganda.gov.kz/services"]
NPA_RU = ["Закон Республики Казахстан от 15 апреля 2013 года № 88-V «О государственных услугах»",
          "постановление Правительства Республики Казахстан от 18 сентября 2013 года № 983",
          "Кодекс Республики Казахстан от 7 июля 2020 года № 360-VI «О здоровье народа и "
          "системе здравоохранения»"]
TABLE = "[[TABLE]]"  # where a letter's table goes in the formats that have tables
NULLS = {"standard": None, "regulation": None, "npa_changes": None, "website": None}


def _ref_gen(rng: random.Random, reg: str, name: str) -> str:
    return _pick(rng, f"государственной услуги «{name}» (№ {reg})",
                 f"государственной услуги № {reg} «{name}»", f"услуги № {reg}")


def change_letter(rng: random.Random) -> Letter:
    kazakh = rng.random() < 0.3
    (reg, name_ru, name_kk), = v.services(rng, 1)
    cd = v.some_date(rng) if rng.random() < 0.6 else None
    changed: dict[str, Any] = {}
    slots: dict[str, str] = {}
    if not kazakh:
        slots["ref"] = _ref_gen(rng, reg, name_ru)
        slots["cd"] = v.date_ru(rng, cd, rng.choice([0, 1])) if cd else ""
        variant = rng.randrange(6)
        if variant == 0:
            act, _ = v.act_ru(rng, "приказом")
            value = f"Стандарт государственной услуги «{name_ru}», утвержденный {act}"
            label = _pick(rng, "Новые реквизиты стандарта", "Реквизиты нового стандарта",
                          "Стандарт (в новой редакции)")
            frame = ("Сообщаем об изменении реквизитов стандарта {ref}"
                     + (", которые вступили в силу {cd}" if cd else "")
                     + f".\n\n{label}: {{value}}")
            slots["value"] = value
            changed["standard"] = value
        elif variant == 1:
            act, _ = v.act_ru(rng, "приказом")
            frame = (("В связи с изменениями, внесенными {cd} в законодательство о "
                      "государственных услугах, информируем" if cd else "Информируем")
                     + ", что регламент {ref} утвержден в новой редакции {act}.")
            slots["act"] = act
            changed["regulation"] = act
        elif variant == 2:
            url = rng.choice(URLS)
            frame = ("Информируем, что " + ("{cd} " if cd else "")
                     + "адрес интернет-ресурса, на котором размещена информация о {ref}, "
                       "изменился. Актуальный адрес: {url}")
            slots["url"] = url
            changed["website"] = url
        elif variant == 3:
            npa = rng.choice(NPA_RU)
            frame = ("Уведомляем, что " + ("{cd} " if cd else "")
                     + "вступили в силу изменения в {npa}, касающиеся {ref}.")
            slots["npa"] = npa
            changed["npa_changes"] = npa
        elif variant == 4:
            act1, _ = v.act_ru(rng, "приказом")
            act2, _ = v.act_ru(rng, "приказом")
            frame = ("Доводим до Вашего сведения, что " + ("{cd} " if cd else "")
                     + "стандарт {ref} утвержден {act1}, а регламент — {act2}.")
            slots.update(act1=act1, act2=act2)
            changed.update(standard=act1, regulation=act2)
        else:
            url = rng.choice(URLS)
            act, _ = v.act_ru(rng, "приказом")
            frame = ("Просим внести изменения в сведения по {ref}" + (" с {cd}" if cd else "")
                     + ":\n1) Стандарт: утвержден {act};\n2) Интернет-ресурс: {url}.")
            slots.update(act=act, url=url)
            changed.update(standard=f"утвержден {act}", website=url)
        subject = _pick(rng, "Об изменениях в стандарте", "Об актуализации сведений",
                        "Изменения по государственной услуге", "")
    else:
        slots["ref"] = _pick(rng, f"№ {reg} «{name_kk}» мемлекеттік қызметі", f"№ {reg} қызмет")
        slots["cd"] = (f"{cd.year} жылғы {cd.day} {v.IN_KK[cd.month - 1]}") if cd else ""
        variant = rng.randrange(3)
        act = v.act_kk(rng).replace("бұйрығымен", "бұйрығы")
        if variant == 0:
            frame = (("{cd} " if cd else "") + "{ref} стандартына өзгерістер енгізілді.\n"
                     "Стандарттың жаңа деректемелері: {value}")
            slots["value"] = act
            changed["standard"] = act
        elif variant == 1:
            frame = ("{ref} регламенті " + ("{cd} " if cd else "")
                     + "жаңа редакцияда бекітілді: {value}.")
            slots["value"] = act
            changed["regulation"] = act
        else:
            url = rng.choice(URLS)
            frame = ("{ref} туралы ақпарат " + ("{cd} " if cd else "")
                     + "жаңа интернет-ресурсқа көшірілді: {url}")
            slots["url"] = url
            changed["website"] = url
        subject = _pick(rng, "Өзгерістер туралы", "")
    service = {"registry_number": reg, **NULLS, **changed}
    expected = {"kind": "change_notice", "change_date": cd.isoformat() if cd else None,
                "services": [service]}
    return Letter(frame, slots, expected, "kk" if kazakh else "ru", subject)


COLUMNS = {"standard": ("Стандарт государственной услуги (с указанием его реквизитов)",
                        "Мемлекеттік көрсетілетін қызмет стандарты"),
           "regulation": ("Регламент государственной услуги (с указанием его реквизитов)",
                          "Мемлекеттік көрсетілетін қызмет регламенті"),
           "website": ("Интернет-ресурс, на котором размещена информация о государственной услуге",
                       "Интернет-ресурс")}


def change_table(rng: random.Random) -> Letter:
    """A revised Appendix 1 holding only the changed columns, under a covering line."""
    kazakh = rng.random() < 0.25
    chosen = v.services(rng, rng.randint(1, 3))
    fields = rng.sample(list(COLUMNS), rng.randint(1, 2))
    head = ["№ государственной услуги в реестре" if not kazakh else "Тізілімдегі №",
            "Наименование государственной услуги" if not kazakh else "Қызметтің атауы"]
    head += [COLUMNS[f][kazakh] for f in fields]
    rows = [head]
    services = []
    for reg, name_ru, name_kk in chosen:
        values = {}
        for f in fields:
            values[f] = rng.choice(URLS) if f == "website" else \
                (v.act_kk(rng).replace("бұйрығымен", "бұйрығы") if kazakh else
                 "утвержден " + v.act_ru(rng)[0])
        name = name_kk if kazakh else name_ru
        rows.append([reg, name, *(values[f] for f in fields)])
        services.append({"registry_number": reg, "service_name": name, **NULLS, **values})
    frame = _pick(rng, "Направляем актуализированные сведения по государственным услугам в связи "
                       "с внесенными изменениями.",
                  "В связи с изменениями направляем уточненную информацию по форме "
                  "приложения 1 (только измененные графы).") if not kazakh else \
        "Өзгерістерге байланысты мемлекеттік көрсетілетін қызметтер бойынша нақтыланған " \
        "мәліметтерді жібереміз."
    return Letter(frame + "\n" + TABLE, {}, {"kind": "change_notice", "services": services},
                  "kk" if kazakh else "ru", "", [rows])


def protocol(rng: random.Random) -> Letter:
    kazakh = rng.random() < 0.35
    chosen = v.services(rng, rng.randint(1, 4))
    d = v.some_date(rng)
    who = v.person(rng, kazakh)
    ekc = v.person(rng, kazakh)
    n = rng.randrange(1, 90)
    table_layout = rng.random() < 0.6
    slots = {"who": who.full, "who_i": who.initials, "ekc_i": ekc.initials}
    if not kazakh:
        title = rng.choice(["ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг "
                            "для консультирования",
                            f"ПРОТОКОЛ № {n}\nприема государственных услуг на консультирование",
                            "Протокол\nобучения сотрудников Единого контакт-центра"])
        when = rng.choice([f"Дата: {d:%d.%m.%Y}", f"г. Астана\t\t\t\t{v.date_ru(rng, d, 2)}",
                           f"{v.date_ru(rng, d, 1)}\t\t\tг. Нур-Султан"])
        basis = (f"На основании письма от {v.some_date(rng):%d.%m.%Y} № 02-1/{n}. "
                 if rng.random() < 0.3 else "")
        intro = (basis + "Представитель услугодателя {who} провел"
                 + ("а" if who.female else "")
                 + " обучение сотрудников Единого контакт-центра по следующим государственным "
                   "услугам:")
        end = ("Государственные услуги приняты Единым контакт-центром для консультирования.\n\n"
               "От Единого контакт-центра: ________ {ekc_i}\nОт услугодателя: ________ {who_i}")
        head = rng.choice([["№ п/п", "Код услуги по Реестру", "Наименование государственной "
                            "услуги"], ["№ в реестре", "Наименование государственной услуги"]])
        names = [s[1] for s in chosen]
    else:
        title = rng.choice(["ХАТТАМА\nмемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс "
                            "орталығының консультация беру үшін қабылдауы туралы",
                            f"№ {n} ХАТТАМА"])
        when = rng.choice([f"Күні: {d:%d.%m.%Y}", f"Астана қ.\t\t\t{d.year} жылғы {d.day} "
                           f"{v.MONTHS_KK[d.month - 1]}"])
        intro = ("Қызмет берушінің жауапты тұлғасы {who} Бірыңғай байланыс орталығының "
                 "қызметкерлеріне келесі мемлекеттік көрсетілетін қызметтер бойынша оқыту "
                 "өткізді:")
        end = ("Мемлекеттік көрсетілетін қызметтер консультация беру үшін қабылданды.\n\n"
               "Бірыңғай байланыс орталығы атынан: ________ {ekc_i}\n"
               "Қызмет беруші атынан: ________ {who_i}")
        head = rng.choice([["Р/с №", "Тізілімдегі №", "Қызметтің атауы"],
                           ["Тізілімдегі нөмірі", "Атауы"]])
        names = [s[2] for s in chosen]
    tables: list[list[list[str]]] = []
    if table_layout:
        rows = [head]
        for k, (s, name) in enumerate(zip(chosen, names, strict=True), start=1):
            rows.append(([str(k)] if len(head) == 3 else []) + [s[0], name])
        tables = [rows]
        listing = TABLE
    else:
        listing = "\n".join(rng.choice([f"{k}. № {s[0]} «{name}»;", f"{k}) {s[0]} – {name};"])
                            for k, (s, name) in enumerate(zip(chosen, names, strict=True), 1))
    frame = f"{title}\n\n{when}\n\n{intro}\n{listing}\n\n{end}"
    expected = {"kind": "training_protocol", "protocol_date": d.isoformat(),
                "services": [{"registry_number": s[0]} for s in chosen]}
    return Letter(frame, slots, expected, "kk" if kazakh else "ru", "", tables)
