"""The act the letters cite, in one form everywhere, from the configuration's facts.

Why data and one function: the Rules were approved by an order (issuer, date, number, title);
a deployment under a later act changes `[legal_basis]` in gateway.toml, and every letter then
cites the new act the same way.  The citation reads after "пунктом N" in Russian (the title in
the genitive, then "утвержденных приказом …") and before "N-тармағына" in Kazakh ("… № 130
бұйрығымен бекітілген … қағидаларының").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from outbound.grammar_kk import kk_case, kk_date

# the default act: the order of the Acting Minister for Investments and Development of the
# Republic of Kazakhstan of 18 February 2015 No. 130, as the Rules' own heading names it
# (gateway.config's [legal_basis] defaults to these facts)
DEFAULT_BASIS: dict[str, Any] = {
    # after "приказом" (genitive)
    "issuer_ru": "исполняющего обязанности Министра по инвестициям и развитию Республики "
                 "Казахстан",
    # before the date (genitive)
    "issuer_kk": "Қазақстан Республикасы Инвестициялар және даму министрінің міндетін "
                 "атқарушының",
    "date": dt.date(2015, 2, 18),
    "number": "130",
    # after "пунктом N" (genitive plural)
    "title_ru": "Правил взаимодействия Единого контакт-центра по вопросам оказания "
                "государственных услуг",
    # nominative; the citation puts it in the genitive
    "title_kk": "Мемлекеттік қызметтер көрсету мәселелері жөніндегі Бірыңғай байланыс "
                "орталығының өзара іс-қимыл қағидалары",
}

MONTHS_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                   "сентября", "октября", "ноября", "декабря"]


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def cite(basis: Mapping[str, Any] | None, language: str) -> str:
    """The Rules as a letter cites them the first time, in `language` ('ru' or 'kk')."""
    basis = DEFAULT_BASIS | dict(basis or {})
    day = _date(basis["date"])
    number = basis["number"]
    if language == "kk":
        title = kk_case(basis["title_kk"], "gen")
        return (f"{basis['issuer_kk']} {kk_date(day, 'attr')} № {number} бұйрығымен бекітілген "
                f"{title} (бұдан әрі – Қағидалар)")
    return (f"{basis['title_ru']}, утвержденных приказом {basis['issuer_ru']} от {day.day} "
            f"{MONTHS_GENITIVE[day.month - 1]} {day.year} года № {number} (далее – Правила)")
