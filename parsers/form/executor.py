"""The lines under the Appendix 1 table: "Ф.И.О. ответственного исполнителя: …" (the name after
the label, on the next line, or in the next cell of a layout table) and "Дата: …".

Why apart from the table: they are paragraphs (or loose cells, or a last table row merged across
the form) around the table, in Russian or Kazakh, and the phrases that introduce them are data
in mappings/headers.toml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.form.headers import Table, is_trailer, norm, synonyms
from parsers.records import Executor
from parsers.text import fold, parse_date

_NAME_LINE = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][.а-яёәғқңөұүһі]")
_NAME_LABEL = re.compile(r"^\s*(?:т\.\s?а\.\s?ә\.?|ф\.\s?и\.\s?о\.?|фио)\s*:?\s*", re.I)
_LEAD = re.compile(r"(?i)^.*?(исполнителя|исполнитель|орындаушының|орындаушы|орындаған|орынд\.|"
                   r"исп\.|исп:)\S*\s*")
# a line that is only a date ("12.03.2027", "«5» февраля 2027 г.", "12 наурыз 2027 ж.")
_DATE_WORDS = re.compile(r"(?i)\d+|[«»\"“”.,/\s-]+|\b(?:г|года|год|ж|жыл|жылғы|жылы)\b|"
                        r"\b(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|"
                        r"декабр|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|"
                        r"қазан|қараша|желтоқсан)\w*")


def _bare_date(line: str) -> bool:
    """A line that is only a date ("12.03.2027", "«5» февраля 2027 г.", "2027 жылғы 12 наурыз")."""
    return len(line) <= 40 and not _DATE_WORDS.sub("", line).strip()
# a date's label on the executor's line ("Нестеренко А.П. Дата: 01.03.2027", "… Күні: …")
_DATE_LABEL = re.compile(r"(?i)[\s,;]+(?:дата|күні|число)\b.*$")
# a name ending in an initial whose dot went with the punctuation stripped around the name
_INITIAL_END = re.compile(r"(?:^|[\s.])[А-ЯЁӘҒҚҢӨҰҮҺІ]$")
# where the name ends: its contacts ("…, тел. 29-41-07", "…, 42-05-61", "… 8 701 …")
_AFTER_NAME = re.compile(r"(?i)[,;(]?\s*(?:тел\b|тел\.|телефон|моб|ұялы|e-?mail|эл\.|\+?\d).*$")


def trailer_lines(tables: Sequence[Table]) -> list[str]:
    """The executor and date lines written inside tables (a last row merged across the form,
    or a small table under it), as text lines for `executor_and_date`."""
    return [" ".join(c for c in row if c and c.strip()) for table in tables for row in table
            if is_trailer(row)]


def executor_and_date(text: str) -> Executor:
    """The executor's name and the date written under the table (either may be missing)."""
    syn = synonyms()
    name = date = None
    pending = False  # the label stood alone: the name is on the next line
    since_name = -1  # lines read since the executor's line (a bare date follows it closely)
    for raw in text.splitlines():
        line = fold(raw)
        if not line:
            continue
        low = norm(line)
        if name is not None and date is None and 0 <= since_name < 3:
            since_name += 1
            if _bare_date(line) and (bare := parse_date(line)):
                date = bare
                continue
        if pending and not any(low.startswith(p) for p in syn.date):
            pending = False
            if _NAME_LINE.match(line):
                name = fold(line.replace("_", " ").strip(" .:"))
                continue
        if name is None and any(p in low for p in syn.executor):
            tail = line.split(":", 1)[1] if ":" in line else _LEAD.sub("", line)
            name = fold(_AFTER_NAME.sub("", _DATE_LABEL.sub("", _NAME_LABEL.sub(
                "", tail.replace("_", " ")))).strip(" .:,"))
            pending = name is None
            since_name = 0
            if date is None and (inline := parse_date(tail)):
                date = inline
                name = fold(re.split(r"\d", name or "", maxsplit=1)[0].strip(" ,.:")) or None
            if name and _INITIAL_END.search(name):
                name += "."  # the initials' dot, stripped with the punctuation around it
        elif date is None and any(low.startswith(p) for p in syn.date):
            date = parse_date(line.replace("_", " "))
    return Executor(full_name=name, date=date)
