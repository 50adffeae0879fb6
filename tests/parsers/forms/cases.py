"""The words of the Appendix 1 form (Russian and Kazakh headers, filled rows) and the answers
the contract requires for them, shared by the layout tests and the benchmark."""

from __future__ import annotations

RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
      "Стандарт государственной услуги (с указанием его реквизитов)",
      "Регламент государственной услуги (с указанием его реквизитов)",
      "Изменения нормативных правовых актов",
      "Интернет-ресурс, на котором размещена информация о государственной услуге",
      "Фамилия, имя, отчество, должность ответственного лица"]
KK = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №",
      "Мемлекеттік көрсетілетін қызметтің атауы",
      "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетілген)",
      "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетілген)",
      "Нормативтік құқықтық актілердің өзгерістері",
      "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
      "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
NUMBERS = [str(i) for i in range(1, 9)]

ROWS = [
    ["1", "00402674", "Выдача архивных справок", "Стандарт № 341 от 09.03.2015",
     "Регламент № 429 от 26.04.2015", "—", "www.mcs.gov.kz",
     "Петров Андрей Викторович, начальник отдела, тел. +7 (7172) 74-00-11, "
     "e-mail: A.Petrov@MCS.gov.kz"],
    ["2", "00502011", "Апостилирование официальных документов",
     "Стандарт № 12 от 01.02.2015", "-", "Приказ № 5 от 10.01.2015 (изменения в п. 3)",
     "https://egov.kz/services/apostil",
     "Сейткали Әсел Маратқызы, бас маман, тел. 8 (7172) 74-05-12, "
     "e-mail: a.seitkali@adilet.gov.kz"],
    ["3", "00601500", "Регистрация залога движимого имущества", "", "Регламент № 7", "",
     "", ""],
]
EXPECTED = [
    {"registry_number": "00402674", "service_name": "Выдача архивных справок",
     "standard": "Стандарт № 341 от 09.03.2015", "regulation": "Регламент № 429 от 26.04.2015",
     "npa_changes": None, "website": "www.mcs.gov.kz",
     "responsible": {"full_name": "Петров Андрей Викторович", "position": "начальник отдела",
                     "email": "a.petrov@mcs.gov.kz", "phone": "+77172740011"}},
    {"registry_number": "00502011", "service_name": "Апостилирование официальных документов",
     "standard": "Стандарт № 12 от 01.02.2015", "regulation": None,
     "npa_changes": "Приказ № 5 от 10.01.2015 (изменения в п. 3)",
     "website": "https://egov.kz/services/apostil",
     "responsible": {"full_name": "Сейткали Әсел Маратқызы", "position": "бас маман",
                     "email": "a.seitkali@adilet.gov.kz", "phone": "87172740512"}},
    {"registry_number": "00601500", "service_name": "Регистрация залога движимого имущества",
     "standard": None, "regulation": "Регламент № 7", "npa_changes": None, "website": None,
     "responsible": None},
]

EXECUTOR_RU = ["Ф.И.О. ответственного исполнителя: Смирнова Елена Павловна",
               "Дата: « 12 » марта 2015 г."]
EXECUTOR_KK = ["Жауапты орындаушының Т.А.Ә.: Нұрланова Гүлнар Серікқызы",
               "Күні: 2015 жылғы 14 наурыз"]
EXECUTOR_RU_EXPECTED = {"full_name": "Смирнова Елена Павловна", "date": "2015-03-12"}
EXECUTOR_KK_EXPECTED = {"full_name": "Нұрланова Гүлнар Серікқызы", "date": "2015-03-14"}


def many(copies: int) -> tuple[list[list[str]], list[dict]]:
    """`copies` times the three rows, each copy with its own registry numbers (a long form)."""
    rows, expected = [], []
    for k in range(copies):
        for row, answer in zip(ROWS, EXPECTED, strict=True):
            number = f"{k:02d}{row[1][2:]}"
            rows.append([str(len(rows) + 1), number, *row[2:]])
            expected.append({**answer, "registry_number": number})
    return rows, expected
