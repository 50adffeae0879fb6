"""A seeded corpus of agencies' letters and forms, each with its answer key, to measure the parser
on wordings and layouts the shared samples do not show.

    from tests.parsers.corpus import generate
    cases = generate(seed=12, count=360)   # [Case(name, data, key)], the same bytes every time

The phrasings are written here independently of mappings/letters.toml (as an agency would
write them), so the score measures how the parser generalises, not whether it knows our
sentences.  `python -m tests.parsers.corpus DIR` writes the corpus as files with
`<name>.expected.json` keys, for ../shared/tools/score_parse.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.parsers.corpus import heldout, render
from tests.parsers.corpus.forms import form
from tests.parsers.corpus.letters import Letter, other, refusal, replacement
from tests.parsers.corpus.notices import change_letter, change_table, protocol


@dataclass
class Case:
    name: str
    data: bytes
    key: dict[str, Any]  # {"exit": 0, "documents": [...]}, as the shared samples' keys


def _doc(part: str, expected: dict[str, Any], language: str | None) -> dict[str, Any]:
    doc = {"part": part, **expected}
    if language:
        doc["language"] = language
    return doc


def _cp1251(text: str) -> bool:
    try:
        text.encode("cp1251")
    except UnicodeEncodeError:
        return False
    return True


def _letter_case(rng: random.Random, n: int, letter: Letter) -> Case:
    mixed = rng.random() < 0.1
    head_lang = ("ru" if letter.language == "kk" else "kk") if mixed else letter.language
    text, subject = render.compose(rng, letter.frame, letter.slots, head_lang, letter.subject)
    language = None if mixed else letter.language
    stem = f"{n:03d}-{letter.expected['kind']}"
    if letter.tables:
        fmt = rng.choice(["docx", "pdf", "docx"] + (["xlsx"] if letter.expected["kind"] ==
                                                    "change_notice" else []))
    else:
        fmt = rng.choice(["txt", "eml", "eml", "eml-html", "eml-1251", "eml-reply", "docx",
                          "pdf"])
    if fmt in ("docx", "pdf", "xlsx"):
        name = f"{stem}.{fmt}"
        if fmt == "docx":
            data = render.docx_bytes(text, letter.tables, rng.random() < 0.3)
        elif fmt == "pdf":
            data = render.pdf_bytes(text, letter.tables)
        else:
            data = render.xlsx_bytes(text, letter.tables)
        if rng.random() < 0.2:  # sent attached to a short covering e-mail
            raw = render.eml(rng, "Направляем ответ во вложении.", subject, [(name, data)])
            return Case(f"{stem}.eml", raw, {"exit": 0, "documents": [
                _doc(name, letter.expected, language)]})
        return Case(name, data, {"exit": 0, "documents": [_doc(name, letter.expected,
                                                                language)]})
    if fmt == "txt":
        name = f"{stem}.txt"
        data = text.encode(rng.choice(["utf-8", "utf-8", "cp1251"]) if _cp1251(text)
                           else "utf-8")
        return Case(name, data, {"exit": 0, "documents": [_doc(name, letter.expected,
                                                                language)]})
    if fmt == "eml-reply":
        text = render.quoted_reply(rng, text)
    raw = render.eml(rng, text, subject, html=fmt == "eml-html",
                     charset="windows-1251" if fmt == "eml-1251" and _cp1251(text)
                     else "utf-8")
    return Case(f"{stem}.eml", raw, {"exit": 0, "documents": [_doc("body", letter.expected,
                                                                    language)]})


def _form_case(rng: random.Random, n: int) -> Case:
    f = form(rng)
    fmt = rng.choice(f.formats)
    name = f"{n:03d}-form.{fmt}"
    text = "\n".join([*f.before, render.TABLE, *f.after])
    if fmt == "docx":
        data = render.docx_bytes(text, f.tables, False, f.layout_tables)
    elif fmt == "xlsx":
        data = render.xlsx_bytes(text, f.tables, f.layout_tables)
    else:
        data = render.pdf_bytes(text, f.tables, f.layout_tables)
    expected = dict(f.expected)
    route = rng.random()
    if route < 0.12:  # attached to a covering e-mail
        raw = render.eml(rng, "Направляем заполненную форму приложения 1.", "Приложение 1",
                         [(name, data)])
        return Case(f"{n:03d}-form-mail.eml", raw, {"exit": 0, "documents": [
            _doc(name, expected, f.language)]})
    if route < 0.2:  # forwarded: the agency's message attached to another one
        inner = render.eml(rng, "Форма во вложении.", "Приложение 1", [(name, data)])
        raw = render.forwarded(rng, inner, "Пересылаю письмо территориального подразделения.")
        return Case(f"{n:03d}-form-fwd.eml", raw, {"exit": 0, "documents": [
            _doc(name, expected, f.language)]})
    if route < 0.27:  # a revised form under a covering change letter (p.6)
        note = rng.choice(["В связи с внесенными изменениями направляем актуализированную "
                           "информацию по форме приложения 1.",
                           "Сообщаем об изменении сведений, ранее представленных по услугам. "
                           "Обновленная форма во вложении."])
        raw = render.eml(rng, note, "Изменения", [(name, data)])
        expected["kind"] = "change_notice"
        expected.pop("executor")
        return Case(f"{n:03d}-form-change.eml", raw, {"exit": 0, "documents": [
            _doc(name, expected, f.language)]})
    return Case(name, data, {"exit": 0, "documents": [_doc(name, expected, f.language)]})


MIX: list[tuple[str, int, Callable[[random.Random], Letter] | None]] = [
    ("form", 90, None), ("replacement", 65, replacement), ("refusal", 55, refusal),
    ("change_letter", 45, change_letter), ("change_table", 20, change_table),
    ("protocol", 40, protocol), ("other", 35, other),
    *((f"second-{make.__name__}", 6, make) for make in heldout.FAMILY),
]


def generate(seed: int = 12, count: int = 350) -> list[Case]:
    """`count` cases in MIX's proportions, the same for the same seed."""
    rng = random.Random(seed)
    total = sum(k for _, k, _ in MIX)
    plan = [make for _, k, make in MIX for _ in range(round(k * count / total))]
    rng.shuffle(plan)
    cases = []
    for n, make in enumerate(plan, start=1):
        cases.append(_form_case(rng, n) if make is None else _letter_case(rng, n, make(rng)))
    return cases
