"""The people, agencies, services, positions and contacts the generated letters are about.

Invented, like the shared samples; written the way Kazakhstan's agencies write them (Russian
and Kazakh names with patronymics, -ұлы / -қызы, initials, positions with their department).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

SURNAMES_M = ["Ахметов", "Серикбаев", "Жумабаев", "Нурланов", "Касымов", "Тлеубаев", "Абенов",
              "Ким", "Петров", "Смагулов", "Есенов", "Оспанов", "Байжанов", "Мусин", "Калиев",
              "Бекмуханов", "Иванов", "Сулейменов", "Омаров", "Дюсенов"]
GIVEN_M = ["Азамат", "Ерлан", "Нурлан", "Данияр", "Руслан", "Алмас", "Бауыржан", "Тимур",
           "Асхат", "Ержан", "Максим", "Арман", "Серик", "Канат"]
GIVEN_F = ["Айгерим", "Камила", "Динара", "Гульнар", "Асель", "Жанна", "Мадина", "Алия",
           "Сауле", "Ольга", "Меруерт", "Салтанат"]
FATHERS = ["Канат", "Серик", "Болат", "Ержан", "Нурлан", "Марат", "Кайрат", "Талгат", "Амангельды",
           "Бахыт", "Жумагали"]
FATHERS_RU = {f: (f + "ович", f + "овна") for f in FATHERS}
FATHERS_RU["Амангельды"] = ("Амангельдиевич", "Амангельдиевна")

POSITIONS_RU = ["главный специалист отдела государственных услуг",
                "руководитель отдела лицензирования", "ведущий специалист",
                "начальник управления по работе с обращениями", "эксперт департамента",
                "заместитель руководителя управления", "главный эксперт",
                "специалист первой категории", "руководитель сектора цифровизации"]
POSITIONS_KK = ["мемлекеттік қызметтер бөлімінің бас маманы", "бөлім басшысы",
                "жетекші маман", "басқарма басшысының орынбасары", "сарапшы",
                "лицензиялау бөлімінің басшысы", "бас сарапшы"]

AGENCIES_RU = ["Управление культуры, архивов и документации Атырауской области",
               "Управление здравоохранения города Алматы",
               "Департамент юстиции Карагандинской области",
               "Управление пассажирского транспорта и автомобильных дорог Мангистауской области",
               "Управление образования Павлодарской области",
               "Комитет регистрационной службы Министерства юстиции Республики Казахстан"]
AGENCIES_KK = ["Атырау облысының мәдениет, архивтер және құжаттама басқармасы",
               "Алматы қаласының денсаулық сақтау басқармасы",
               "Қарағанды облысының әділет департаменті",
               "Павлодар облысының білім беру басқармасы"]
DOMAINS = ["madeniet.atyrau.gov.kz", "densaulyk.almaty.gov.kz", "adilet.karaganda.gov.kz",
           "zholdar.mangystau.gov.kz", "bilim.pavlodar.gov.kz", "minjust.gov.kz"]

SERVICES = [  # (registry number, Russian name, Kazakh name)
    ("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей",
     "Мәдени құндылықтарды уақытша әкетуге куәлік беру"),
    ("00703001", "Выдача справки о составе архивного фонда",
     "Архив қорының құрамы туралы анықтама беру"),
    ("00302011", "Выдача свидетельства о соответствии автобусов требованиям",
     "Автобустардың талаптарға сәйкестігі туралы куәлік беру"),
    ("01001017", "Выдача выписки из медицинской карты стационарного больного",
     "Стационарлық науқастың медициналық картасынан үзінді беру"),
    ("00301138", "Регистрация рождения, в том числе внесение изменений",
     "Тууды тіркеу, оның ішінде өзгерістер енгізу"),
    ("00402674", "Выдача архивных справок", "Архивтік анықтамалар беру"),
    ("00504119", "Прием документов в организации дошкольного образования",
     "Мектепке дейінгі білім беру ұйымдарына құжаттар қабылдау"),
    ("00806113", "Выдача лицензии на фармацевтическую деятельность",
     "Фармацевтикалық қызметке лицензия беру"),
    ("00201045", "Апостилирование официальных документов",
     "Ресми құжаттарға апостиль қою"),
    ("00907021", "Постановка на учет нуждающихся в жилище",
     "Тұрғын үйге мұқтаждарды есепке қою"),
]

MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
             "қыркүйек", "қазан", "қараша", "желтоқсан"]
# the month in the ablative ("from": 27 тамыздан бастап), locative (2 маусымда) and attributive
# locative (6 қарашадағы № 367 бұйрық)
FROM_KK = ["қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан",
           "шілдеден", "тамыздан", "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан"]
IN_KK = ["қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде",
         "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда"]
OF_KK = [m + ("ғы" if m[-1] == "а" else "гі") for m in IN_KK]
MINISTERS_RU = ["Министра культуры и спорта Республики Казахстан",
                "Министра здравоохранения Республики Казахстан",
                "Министра юстиции Республики Казахстан",
                "Министра просвещения Республики Казахстан"]
MINISTERS_KK = ["Қазақстан Республикасы Мәдениет және спорт министрінің",
                "Қазақстан Республикасы Денсаулық сақтау министрінің",
                "Қазақстан Республикасы Әділет министрінің"]


@dataclass
class Person:
    surname: str
    given: str
    patronymic: str
    female: bool
    position: str
    email: str
    phone_written: str

    @property
    def full(self) -> str:
        return f"{self.surname} {self.given} {self.patronymic}".strip()

    @property
    def initials(self) -> str:
        return f"{self.surname} {self.given[0]}.{self.patronymic[0]}."

    @property
    def phone(self) -> str:
        return "".join(ch for ch in self.phone_written if ch.isdigit() or ch == "+")


def person(rng: random.Random, kazakh: bool = False) -> Person:
    female = rng.random() < 0.45
    surname = rng.choice(SURNAMES_M)
    given = rng.choice(GIVEN_F if female else GIVEN_M)
    father = rng.choice(FATHERS)
    if kazakh and surname != "Ким":
        patronymic = father + ("қызы" if female else "ұлы")
    else:
        patronymic = FATHERS_RU[father][1 if female else 0]
    if female and surname[-2:] in ("ов", "ев", "ин"):
        surname += "а"
    latin = {"А": "a", "Е": "e", "Н": "n", "К": "k", "С": "s", "Т": "t", "Ж": "zh", "Б": "b",
             "М": "m", "О": "o", "Д": "d", "И": "i", "П": "p", "Ш": "sh", "Р": "r", "Г": "g",
             "Ю": "yu", "Ц": "c"}
    translit = latin.get(surname[0], "x") + "".join(
        {"а": "a", "е": "e", "и": "i", "о": "o", "у": "u", "б": "b", "в": "v", "г": "g",
         "д": "d", "ж": "zh", "з": "z", "к": "k", "л": "l", "м": "m", "н": "n", "п": "p",
         "р": "r", "с": "s", "т": "t", "х": "kh", "ш": "sh", "ы": "y", "ю": "yu", "я": "ya",
         "ч": "ch", "ц": "c", "й": "i", "ф": "f", "э": "e", "щ": "sh", "ь": "", "ъ": ""}
        .get(ch, "") for ch in surname[1:].lower())
    mail = f"{latin.get(given[0], 'x')}.{translit}@{rng.choice(DOMAINS)}"
    code = rng.choice(["7172", "7122", "727", "7292", "7182", "7212"])
    digits = "".join(str(rng.randrange(10)) for _ in range(10 - len(code)))
    phone = rng.choice([
        f"+7 ({code}) {digits[:-4]}-{digits[-4:-2]}-{digits[-2:]}",
        f"8 ({code}) {digits[:-4]}-{digits[-4:-2]}-{digits[-2:]}",
        f"8 {code} {digits}",
        f"+7{code}{digits}",
    ])
    position = rng.choice(POSITIONS_KK if kazakh else POSITIONS_RU)
    return Person(surname, given, patronymic, female, position,
                  mail.upper() if rng.random() < 0.1 else mail, phone)


def date_ru(rng: random.Random, d: dt.date, style: int | None = None) -> str:
    style = rng.randrange(4) if style is None else style
    return [f"{d:%d.%m.%Y}", f"{d.day} {MONTHS_RU[d.month - 1]} {d.year} года",
            f"«{d.day:02d}» {MONTHS_RU[d.month - 1]} {d.year} г.",
            f"{d.day} {MONTHS_RU[d.month - 1]} {d.year} г."][style]


def date_kk(rng: random.Random, d: dt.date, suffix: str = "") -> str:
    month = MONTHS_KK[d.month - 1] + suffix
    return rng.choice([f"{d.year} жылғы {d.day} {month}", f"{d.year} жылғы «{d.day}» {month}",
                       f"{d.year} ж. {d.day} {month}"])


def some_date(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(360))


def services(rng: random.Random, k: int) -> list[tuple[str, str, str]]:
    return rng.sample(SERVICES, k)


def act_ru(rng: random.Random, kind: str = "приказом") -> tuple[str, dt.date]:
    d = some_date(rng)
    return (f"{kind} {rng.choice(MINISTERS_RU)} от {date_ru(rng, d, rng.choice([0, 1]))} "
            f"№ {rng.randrange(12, 700)}"), d


def act_kk(rng: random.Random) -> str:
    d = some_date(rng)
    return (f"{rng.choice(MINISTERS_KK)} {d.year} жылғы {d.day} "
            f"{OF_KK[d.month - 1]} № {rng.randrange(12, 700)} бұйрығымен")
