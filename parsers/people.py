"""The people a replacement letter (p.7) names: who is the new responsible person and who the
previous one, with their positions, wherever the letter puts them.

Why by cues around each name rather than by one sentence pattern: agencies put the previous
person first or last, the position before the name or after it, on labelled lines
("Должность: …") or in a table with a row per person, in Russian or Kazakh word order
("… орнына", "… болып тағайындалды").  Every name is found first; the words around it decide
its role; the position is the text next to it that is not a name, a verb or a contact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gateway.domain import ResponsiblePerson
from parsers.evidence import norm
from parsers.text import EMAIL, PHONE, find_email, find_phone, fold
from understanding.names import nominative, same_person
from understanding.requirements import reads_as

_UP, _LOW = "А-ЯЁӘҒҚҢӨҰҮҺІ", "а-яёәғқңөұүһі"
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
# a surname by its ending (Russian -ов/-ин/-ская, Kazakh -ұлы/-бек/-бай), in any case, with a
# Kazakh case suffix glued on ("Ахметовқа"): lets "Surname Given" without a patronymic count
_SURNAME = (rf"[{_UP}][{_LOW}]+(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая|енко|"
            rf"ұлы|улы|бек|бай|бекова|баева|баев)[{_LOW}]{{0,4}}")
# Korean and Chinese surnames of Kazakhstan, too short and undeclined for the endings above
# ("назначен Ли Максим", "Цой Анна")
_SHORT_SURNAME = r"(?:Ли|Ким|Пак|Цой|Тен|Хан|Шин|Югай|Нам|Тян|Огай|Когай|Пан|Ан|Хегай|Лим)"
# "Ерлан Болатович Ахметов": the given name, the patronymic, then the surname (Russian prose)
_GIVEN_FIRST = (rf"{_CAP}\s+[{_UP}][{_LOW}]+(?:вич|вна|ична|ұлы|улы|қызы|кызы)\s+{_SURNAME}"
                rf"(?![{_LOW}])")
_GIVEN_FIRST_NAME = re.compile(_GIVEN_FIRST)
NAME = re.compile(
    rf"{_GIVEN_FIRST}|"
    rf"{_CAP}\s+{_CAP}\s+[{_UP}][{_LOW}]+(?:вич|вн|ичн|чн|ұлы|улы|қызы|кызы|оглы|гызы)"
    rf"[{_LOW}]{{0,4}}(?![{_LOW}])|{_CAP}\s+[{_UP}]\.\s?[{_UP}]\.|[{_UP}]\.\s?[{_UP}]\.\s?{_CAP}"
    rf"|{_SURNAME}\s+{_CAP}(?![{_LOW}]|\s+[{_UP}][{_LOW}])"
    rf"|\b{_SHORT_SURNAME}\s+{_CAP}(?![{_LOW}]|\s+[{_UP}][{_LOW}])")
PREVIOUS = ("прежн", "ранее", "предыдущ", "вместо", "взамен", "бұрын", "бұған дейін",
            "исполнял", "отпуск", "увольнен", "перевод", "нетрудоспособ", "на период",
            "на время", "болезн", "декрет", "командировк", "было")
# cues that follow the previous person's name ("… орнына", "… освобожден", "… более не является")
AFTER_PREVIOUS = ("освобожд", "орнына", "более не", "не является", "жауапты емес", "бұдан былай",
                  "заменен", "заменён",
                  "переведен", "уақытша", "кезеңінде", "демалыс", "еңбекке жарамсыз",
                  "больше не", "уволен", "ауысуына", "ауысқан", "босат")
NEW = ("назнач", "определ", "нов", "явля", "тағайында", "жаңа", "белгілен", "возлож", "возлага",
       "жүктел", "поруч", "закреп", "обращайтесь", "болып", "бекітіл", "утвержд", "стало",
       "заменен на", "заменена на", "заменён на", "на смену")
# "вместо меня ответственная — X", "временно вместо нее … X": the one replaced is the writer or
# someone named before, and X is the new person
_TO_NEXT = re.compile(r"\s*(?:к|ко)\s*")
_FROM_SUFFIX = re.compile(r"(?:ұлы|қызы|улы|кызы|ов|ев|ин|ова|ева|ина)(?:нан|нен|дан|ден|тан|тен)$")
_TO_SUFFIX = re.compile(r"(?:ұлы|қызы|улы|кызы)(?:на|не)$|(?:ов|ев|ин)(?:қа|ке)$|"
                        r"(?:ова|ева|ина)ға$")
_INSTEAD_OF_PRONOUN = re.compile(r"(?i)\b(?:вместо|взамен)\s+(?:меня|нее|неё|него|его|её|ее|нас)\b")
# a person who stays responsible ("ответственным остается Петренко О.Н.") is neither new nor
# previous; the line that speaks of the contact centre names the one the letter is about (a
# letter that shares out several duties: "2) … взаимодействие с ЕКЦ … на Утегенову А.С.")
STAYS = ("остается", "остаётся", "сохраня", "қалады")
# "Ответственное лицо с указанной даты: X", "жауапты тұлға — X": the person the letter makes
# responsible, a weak cue of the new one (the previous person "больше не является ответственным"
# has his own cue after the name)
RESPONSIBLE = ("ответственн", "жауапты")
_CUT = re.compile(r"(?i)(?:\.\s|\.$|\(|\n|;|,\s*(?:\+7|8)[\s(-]*\d|контакт|\bтел\b|\bтел\.|телефон|"
                  r"e-?mail|email|"
                  r"электрон|эл\.\s*(?:почта|пошта)|байланыс|\bс\s+\d|\d{4}\s+жыл|\d{2}\.\d{2}\."
                  r"|тағайындал|белгілен|жауапты\s+тұлға\s+болып)")
_VERBS = re.compile(r"(?i)^\s*[-–—:,]?\s*(тағайындалды|белгіленді|болып|болды|является|"
                    r"являлся|являлась|назначен\w*|определен\w*|освобожден\w*)\b[\s.,]*")
# where a position written before the name starts: after one of these words (or a label)
_BEFORE = re.compile(r"(?i)(?:.*(?:является|назначен\w*|определен\w*|назначается|болып|"
                     r"ретінде|етіп|ребенком|отпуск\w*|[:–—(]|\s-(?=\s))|^)\s*(.*)$", re.S)
_HEAD_WORDS = ("главн", "ведущ", "руковод", "начальник", "специалист", "эксперт", "заместит",
               "директор", "менеджер", "инспектор", "советник", "консультант", "бас ", "жетекші",
               "басшы", "маман", "сарапшы", "бөлім", "басқарма")
_SIGN_LINE = re.compile(r"(?i)^\s*(?:с уважением|құрметпен|руководитель|басшы|заместитель|"
                        r"директор|аким|исп\b|исп\.|орынд|начальник управления\s+[А-ЯЁ])")
_LABEL_POSITION = re.compile(r"(?im)^\s*(?:должность|лауазымы?)\s*[:–—-]\s*(.+)$")
_SIGNATURE = re.compile(r"(?im)^\s*(?:исп\.?|исполнитель|орынд\.?|орындаушы)\s*[:.]")
_INSTITUTION = re.compile(r"(?i)республик|казахстан|қазақстан|министерств|департамент|"
                          r"управлени|комитет|акимат|единый|мемлекеттік")


@dataclass
class Mention:
    name: str
    start: int
    end: int
    role: str = ""
    position: str | None = None


def mentions(text: str) -> list[Mention]:
    """The people a letter names, not counting the signature block's (the head who signs,
    the clerk who typed it)."""
    out = []
    for m in NAME.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
        if _INSTITUTION.search(m.group(0)) or _SIGN_LINE.match(line) or "\t" in line:
            continue
        name = m.group(0)
        if _GIVEN_FIRST_NAME.fullmatch(name):  # the surname first, as the record writes it
            given, patronymic, surname = name.split()
            name = f"{surname} {given} {patronymic}"
        out.append(Mention(name, m.start(), m.end()))
    return out


def _cues(fragment: str, cues: Sequence[str]) -> int:
    """How many times the fragment has a word starting with one of the cues ("нов" is новый,
    not основной)."""
    low = norm(fragment)
    return sum(len(re.findall(rf"(?<![а-яёәғқңөұүһіa-z]){re.escape(c)}", low)) for c in cues)


def _position_after(text: str, m: Mention, limit: int) -> str | None:
    """The position written after the name: "…, ведущий специалист", "… — эксперт",
    "… (бөлім басшысы)"; a name followed by a plain space goes on with the sentence."""
    tail = text[m.end:limit]
    if not re.match(r"\s*[,(–—:-]", tail):
        return None
    tail = _VERBS.sub("", tail)
    tail = tail.lstrip(" ,–—-:")
    if tail.startswith("("):  # "Ахметов Азамат (бөлім басшысы) …"
        inner = tail[1:].split(")", 1)[0]
        if not re.search(r"\d|@|тел", inner):
            return fold(inner.strip(" ,.;:-–—"))
        return None
    piece = _CUT.split(tail, maxsplit=1)[0]
    piece = fold(piece.strip(" ,.;:-–—"))
    if piece and piece[:1].islower() and not NAME.search(piece):
        return piece
    return None


def _from_head_word(piece: str) -> str | None:
    """The position in `piece` from its first word of a position ("главный …", "бас маманы")."""
    low = norm(piece)
    at = [low.find(w) for w in _HEAD_WORDS if w in low]
    return piece[min(at):] if at else None


def _fit(piece: str | None) -> str | None:
    piece = fold((piece or "").strip(" ,.;:-–—"))
    if not piece or len(piece) >= 120 or re.search(r"\d|«|»", piece):
        return None
    # a unit's name may open it ("Цифрландыру департаментінің бас сарапшысы"), a name not
    if piece[:1].islower() or (_from_head_word(piece) and not NAME.search(piece)
                               and len(piece.split()) >= 3):
        return piece
    return None


def _position_before(text: str, m: Mention, floor: int) -> str | None:
    head = text[floor:m.start]
    head = re.split(r"[.,;\n]\s", head)[-1]
    found = _BEFORE.match(head)
    piece = found.group(1) if found else head
    if not found or not piece.strip():
        piece = _from_head_word(piece) or ""
    # "(тізілімдегі № 02801009) … жауапкершілігі басқарманың бас маманы": the words just before
    # the name, from the first word of a position among them
    return _fit(piece) or _fit(_from_head_word(" ".join(head.split()[-8:])))


def assign(text: str) -> tuple[Mention | None, Mention | None]:
    """(the new person, the previous one) among the names of a letter's text."""
    found = mentions(text)
    if not found:
        return None, None
    if len(found) > 1 and all(same_person(found[0].name, m.name) for m in found[1:]):
        # one person named twice (in full, then by initials in the contacts): the one named
        found = [max(found, key=lambda m: (len(m.name.split()), "." not in m.name))]
    scores = []
    for k, m in enumerate(found):
        line_start = text.rfind("\n", 0, m.start) + 1
        floor = max(found[k - 1].end if k else 0, line_start if k else 0,
                    text.rfind(". ", 0, m.start) + 1)
        left = text[max(floor, m.start - 160):m.start]
        if not left.strip() and k and floor == line_start:
            # the name opens its line under a label ("Новый ответственный с 15.02.2027:")
            above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:line_start].rstrip()
            if above.endswith(":") and found[k - 1].end <= line_start - len(above) - 1:
                left = above + " " + left
        line_end = text.find("\n", m.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        nxt = found[k + 1].start if k + 1 < len(found) else len(text)
        right = text[m.end:min(nxt, m.end + 60)]
        # the previous person's cue follows within the clause ("… басқа органға ауысуына
        # байланысты", "…, главный специалист, больше не является ответственным")
        clause = re.split(r"[.;:\n]", right, maxsplit=1)[0][:90]
        prev = 2 * _cues(_INSTEAD_OF_PRONOUN.sub(" ", left), PREVIOUS) \
            + 2 * _cues(clause, AFTER_PREVIOUS)
        new = 2 * _cues(left, NEW) + _cues(right, NEW) + _cues(left[-40:], RESPONSIBLE)
        new -= 3 * _cues(left[-50:] + " " + clause, STAYS)
        # "передается от Алиева Б.С. к Нурланову К.М.", "Әлиев Бекзат Серікұлынан … Нұрланов
        # Қанат Мұратұлына берілетін": from the one (ablative) to the other (dative)
        if k + 1 < len(found) and _TO_NEXT.fullmatch(text[m.end:found[k + 1].start]) \
                or len(found) > 1 and _FROM_SUFFIX.search(m.name.split()[-1]):
            prev += 2
        if k and _TO_NEXT.fullmatch(text[found[k - 1].end:m.start]) \
                or len(found) > 1 and _TO_SUFFIX.search(m.name.split()[-1]):
            new += 2
        if not prev and len(found) > 1 and reads_as(line).get("contact_centre"):
            new += 2
        scores.append((prev, new))
    new_k = max(range(len(found)), key=lambda k: (scores[k][1] - 2 * scores[k][0], -k))
    prev_ks = [k for k in range(len(found)) if k != new_k and scores[k][0] > 0
               and found[k].name != found[new_k].name]
    only_previous = len(found) == 1 and scores[0][0] > 0 and scores[0][0] >= scores[0][1]
    new_m = found[new_k] if not only_previous and (scores[new_k][1] > 0 or len(found) == 1
                                                   or prev_ks) else None
    if only_previous:  # "X-тің орнына …" with the new person's name not read: X is not new
        prev_ks = [0]
    prev_m = found[prev_ks[0]] if prev_ks else None
    for m in (x for x in (new_m, prev_m) if x is not None):
        k = found.index(m)
        limit = found[k + 1].start if k + 1 < len(found) else len(text)
        floor = found[k - 1].end if k else 0
        m.position = _position_after(text, m, limit) or _position_before(text, m, floor)
    if new_m is not None and new_m.position is None:
        labelled = _LABEL_POSITION.search(text, new_m.end)
        if labelled:
            new_m.position = fold(labelled.group(1).strip(" .;"))
    return new_m, prev_m


_KK_LETTERS = re.compile(r"[әғқңөұүһі]", re.I)


def in_nominative(text: str, m: Mention) -> str:
    """The mention's name as the record needs it: in the nominative (understanding.names),
    Kazakh case suffixes taken off when the words around it are Kazakh."""
    around = text[max(0, m.start - 80):m.end + 80]
    return nominative(m.name, kazakh=bool(_KK_LETTERS.search(around)),
                      before=text[max(0, m.start - 40):m.start])


def contacts(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """(phone, e-mail) written between start and end, the letter's signature block left out."""
    piece = text[start:end]
    sig = _SIGNATURE.search(piece)
    if sig:
        piece = piece[:sig.start()]
    return find_phone(piece), find_email(piece)


_WAS = re.compile(r"(?i)^(?:было|прежн\w*|предыдущ\w*|бұрынғы|бұрын|болды)\b")
_BECAME = re.compile(r"(?i)^(?:стало|нов\w*|назначаем\w*|жаңа|болады)\b")


def _from_columns(table: Sequence[Sequence[str | None]]
                  ) -> tuple[ResponsiblePerson | None, ResponsiblePerson | None]:
    """(new, previous) from a table with a column per person under "Было | Стало" ("Прежнее
    ответственное лицо | Новое …", "Бұрынғы | Жаңа"), a row per field (ФИО, должность, …)."""
    cols: tuple[int, int] | None = None
    fields: dict[str, list[str]] = {}
    for row in table:
        cells = [fold(c) or "" for c in row]
        if cols is None:
            was = [j for j, c in enumerate(cells) if _WAS.match(c)]
            became = [j for j, c in enumerate(cells) if _BECAME.match(c)]
            if was and became:
                cols = (was[0], became[0])
            continue
        if max(cols) >= len(cells):
            continue
        label = norm(" ".join(c for j, c in enumerate(cells) if j not in cols))
        key = ("name" if re.search(r"ф\.?\s?и\.?\s?о|фио|аты|тегі|фамилия", label) else
               "position" if re.search(r"должност|лауазым", label) else "contact")
        if key == "contact":
            fields.setdefault("was_contact", []).append(cells[cols[0]])
            fields.setdefault("new_contact", []).append(cells[cols[1]])
        else:
            fields.setdefault(key, []).extend([cells[cols[0]], cells[cols[1]]])
    names = fields.get("name", [])
    if cols is None or len(names) < 2 or not NAME.fullmatch(names[1]):
        return None, None
    positions = fields.get("position", ["", ""])

    def person(k: int) -> ResponsiblePerson | None:
        if not NAME.fullmatch(names[k]):
            return None
        rest = " ".join(fields.get("new_contact" if k else "was_contact", []))
        return ResponsiblePerson(full_name=names[k], position=positions[k] or None,
                                 email=find_email(rest), phone=find_phone(EMAIL.sub(" ", rest)))

    return person(1), person(0)


def from_tables(tables: Sequence[Sequence[Sequence[str | None]]]
                ) -> tuple[ResponsiblePerson | None, ResponsiblePerson | None]:
    """(new, previous) from a table with a row per person, labelled "Прежнее / Новое …", or
    with a column per person under "Было | Стало"."""
    new = prev = None
    for table in tables:
        by_column = _from_columns(table)
        if by_column[0] is not None:
            return by_column
        header: list[str] = []
        for row in table:
            cells = [fold(c) or "" for c in row]
            names = [c for c in cells if NAME.fullmatch(c)]
            if not names:
                header = [norm(c) for c in cells]
                continue
            label = norm(" ".join(c for c in cells if c not in names))
            col = {h: j for j, h in enumerate(header)}
            position = next((cells[j] for h, j in col.items()
                             if ("должност" in h or "лауазым" in h) and j < len(cells)), None)
            rest = " ".join(cells)
            person = ResponsiblePerson(full_name=names[0], position=position or None,
                                       email=find_email(rest),
                                       phone=find_phone(EMAIL.sub(" ", rest)))
            if any(c in label for c in PREVIOUS):
                prev = person
            elif any(c in label for c in NEW) or new is None:
                new = person
    return new, prev


__all__ = ["PHONE", "Mention", "assign", "contacts", "from_tables", "in_nominative", "mentions"]
