"""Filled Appendix 1 forms: rows of services, the form transposed (fields down the first column,
a column per service), one service on its side; column 8 written every way agencies write it;
the executor after its label, on the next line or in a layout table."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from tests.parsers.corpus import vocab as v
from tests.parsers.corpus.notices import URLS

HEAD_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
           "Стандарт государственной услуги (с указанием его реквизитов)",
           "Регламент государственной услуги (с указанием его реквизитов)",
           "Изменения нормативных правовых актов",
           "Интернет-ресурс, на котором размещена информация о государственной услуге",
           "Фамилия, имя, отчество, должность ответственного лица"]
HEAD_KK = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №",
           "Мемлекеттік көрсетілетін қызметтің атауы",
           "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетілген)",
           "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетілген)",
           "Нормативтік құқықтық актілердің өзгерістері",
           "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
           "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
FIELDS = ["number", "registry_number", "service_name", "standard", "regulation", "npa_changes",
          "website", "responsible"]


@dataclass
class Form:
    tables: list[list[list[str]]]
    before: list[str]
    after: list[str]
    expected: dict[str, Any]
    language: str
    formats: tuple[str, ...] = ("docx", "xlsx", "pdf")
    layout_tables: list[list[list[str]]] = field(default_factory=list)  # after the form


def column8(rng: random.Random, p: v.Person, kazakh: bool) -> tuple[str, dict[str, Any]]:
    """The cell and the person the parser must read out of it."""
    exp = {"full_name": p.full, "position": p.position, "phone": p.phone,
           "email": p.email.lower()}
    variant = rng.randrange(8)
    if variant == 0:
        cell = f"{p.full}, {p.position}, тел. {p.phone_written}, e-mail: {p.email}"
    elif variant == 1:
        cell = f"{p.position} {p.full} (тел.: {p.phone_written}, эл. почта: {p.email})"
    elif variant == 2:
        cell = f"{p.full} – {p.position}; тел./факс: {p.phone_written}; E-mail: {p.email}"
    elif variant == 3:
        cell = (f"{p.full}, {p.position}, байланыс телефоны: {p.phone_written}, "
                f"эл. пошта: {p.email}")
    elif variant == 4:
        cell = f"{p.full}\n{p.position}\n{p.phone_written}\n{p.email}"
    elif variant == 5:
        cell = f"{p.initials}, {p.position}, {p.phone_written}"
        exp = {"full_name": p.initials, "position": p.position, "phone": p.phone, "email": None}
    elif variant == 6:
        cell = f"{p.full}, {p.position} (e-mail: {p.email}, тел. {p.phone_written})"
    else:
        cell = f"{p.full},\n{p.position},\nтел: {p.phone_written},\nemail: {p.email}"
    return cell, exp


def _row_values(rng: random.Random, kazakh: bool, k: int, svc: tuple[str, str, str]
                ) -> tuple[list[str], dict[str, Any]]:
    reg, name_ru, name_kk = svc
    name = name_kk if kazakh else name_ru
    std = rng.choice(["Стандарт утвержден ", "", "Приказ: "]) + v.act_ru(rng)[0] if not kazakh \
        else v.act_kk(rng).replace("бұйрығымен", "бұйрығы")
    reg_text = "утвержден " + v.act_ru(rng)[0] if not kazakh else \
        v.act_kk(rng).replace("бұйрығымен", "бұйрығы")
    npa = rng.choice(["—", "-", "нет", "", "Изменений нет" if not kazakh else "Өзгерістер жоқ",
                      "приказ № 12 от 03.02.2025 о внесении изменений"])
    npa_exp = None if npa in ("—", "-", "нет", "") else npa
    site = rng.choice(URLS)
    person = v.person(rng, kazakh)
    cell8, resp = column8(rng, person, kazakh)
    cells = [str(k), reg, name, std, reg_text, npa, site, cell8]
    exp = {"registry_number": reg, "service_name": name, "standard": std, "regulation": reg_text,
           "npa_changes": npa_exp, "website": site, "responsible": resp}
    return cells, exp


def _executor(rng: random.Random, kazakh: bool) -> tuple[list[str], list[list[str]],
                                                           dict[str, Any]]:
    """(lines after the form, layout tables after it, the expected executor)."""
    who = v.person(rng, kazakh)
    name = rng.choice([who.full, who.initials])
    d = v.some_date(rng)
    label = rng.choice(["Ф.И.О. ответственного исполнителя", "Ответственный исполнитель"]) \
        if not kazakh else rng.choice(["Жауапты орындаушының Т.А.Ә.", "Жауапты орындаушы"])
    date_line = (f"Дата: {v.date_ru(rng, d, rng.choice([0, 2]))}" if not kazakh
                 else f"Күні: {d.year} жылғы {d.day} {v.MONTHS_KK[d.month - 1]}")
    variant = rng.randrange(3)
    if variant == 0:
        return [f"{label}: {name}", date_line], [], {"full_name": name, "date": d.isoformat()}
    if variant == 1:
        return [f"{label}:", name, "", date_line], [], {"full_name": name, "date": d.isoformat()}
    return [], [[[label, name], [date_line.split(":")[0], date_line.split(": ", 1)[1]]]], \
        {"full_name": name, "date": d.isoformat()}


def form(rng: random.Random) -> Form:
    kazakh = rng.random() < 0.3
    chosen = v.services(rng, rng.randint(1, 3))
    head = list(HEAD_KK if kazakh else HEAD_RU)
    rows, services = [], []
    for k, svc in enumerate(chosen, start=1):
        cells, exp = _row_values(rng, kazakh, k, svc)
        rows.append(cells)
        services.append(exp)
    after, layout, executor = _executor(rng, kazakh)
    layout_kind = rng.choices(["rows", "transposed", "sideways"], [6, 3, 1])[0]
    if layout_kind == "sideways" or (layout_kind == "transposed" and len(rows) == 1):
        layout_kind = "sideways"
        rows, services = rows[:1], services[:1]
        table = [[h, c] for h, c in zip(head[1:], rows[0][1:], strict=True)]
        formats: tuple[str, ...] = ("docx", "xlsx")
    elif layout_kind == "transposed":
        table = [[h, *(r[j] for r in rows)] for j, h in enumerate(head) if j > 0]
        formats = ("docx", "xlsx")
    else:
        order = list(range(8))
        if rng.random() < 0.2:  # columns in another order
            order = [0, 2, 1, 3, 4, 5, 6, 7]
        table = [[head[j] for j in order]]
        if rng.random() < 0.5:
            table.append([str(j + 1) for j in order])
        table += [[r[j] for j in order] for r in rows]
        formats = ("docx", "xlsx", "pdf")
    title = ("Приложение 1\nИнформация о государственных услугах" if not kazakh
             else "1-қосымша\nМемлекеттік көрсетілетін қызметтер туралы ақпарат")
    expected = {"kind": "appendix1_form", "services": services, "executor": executor}
    return Form([table], title.split("\n"), after, expected, "kk" if kazakh else "ru",
                formats, layout)
