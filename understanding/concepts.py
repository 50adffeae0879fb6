"""The notions a reply's kind rests on, found by lemma in a text: "a protocol", "training",
"the contact centre", "a refusal of our request", "the person responsible" ...

Why notions and not phrases: the Rules define each reply by what it is about (p.8: a protocol of
training and of acceptance for consulting; p.7: the person responsible for the correspondence
with the contact centre), so the parser asks whether the text speaks of those things, in any
word form (`lemmas`), Russian or Kazakh, and not whether it holds a known sentence.

A pattern is a sequence of slots; a slot is a set of alternatives: a Russian lemma
("протокол"), or a stem with "*" that a word must start with ("хаттама*", for Kazakh, whose
words keep the root and add suffixes).  The slots must follow each other in one clause, each
within `GAP` words of the previous one.  A notion is cancelled by a negation ("не", "нет",
"без", "емес", "жоқ") just before it, unless its own pattern holds the negation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from understanding.lemmas import Token, tokens

GAP = 3
NEGATIONS = frozenset({"не", "нет", "без", "ни", "емес", "жоқ"})


def _p(*slots: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(s.split("|")) for s in slots)


# notion -> patterns (each a tuple of slots)
NOTIONS: dict[str, tuple[tuple[frozenset[str], ...], ...]] = {
    "contact_centre": (
        _p("контакт-центр|колл-центр|call-центр|екц|бто|бко|ekc"),
        _p("екц-*|ekc-*|ббо-*|бко-*"),  # our outgoing number quoted: "ЕКЦ-2027/122"
        _p("контактный|единый", "центр"),
        _p("байланыс*", "орталы*"),
        _p("контакт-орталы*|контакт-орталығ*"),
        _p("1414"),
    ),
    "protocol": (_p("протокол"), _p("хаттама*")),
    "draft_act": (_p("проект", "приказ|постановление|документ|решение"),
                  _p("бұйрық*|қаулы*", "жоба*")),
    "draft": (_p("проект", "протокол|форма"), _p("хаттама*", "жоба*"),
              _p("жоба*", "хаттама*"), _p("направлять|направить|направляться|представить",
                                          "на|для", "согласование"),
              _p("для", "согласование", "и", "подписание"), _p("келісу*", "жолда*|жібер*"),
              _p("не", "подписать|подписывать"), _p("қол", "қойылмаған"),
              _p("лист", "согласование"), _p("келісу", "парағы"),
              _p("на", "подписание"), _p("қол", "қою*", "үстінде|кезеңінде")),
    "draft_word": (_p("проект|жоба|жобасы|draft"),),
    "unchanged": (_p("оставаться|остаться", "прежний|без", "изменение"),
                  _p("не", "измениться|меняться|поменяться|смениться"), _p("өзгермей*"),
                  _p("оставаться|остаться", "прежний"), _p("без", "изменение"),
                  _p("өзгеріссіз")),
    "meeting": (_p("совещание|заседание|планёрка|планерка|коллегия|собрание|встреча|слушание"),
                _p("рабочий", "группа"), _p("кеңес*", "отырыс*"), _p("отырыс*"),
                _p("жиналыс*"), _p("кеңес*", "хаттама*")),
    "training": (_p("обучение|обучить|обучать|обученный|тренинг|инструктаж|семинар-обучение"),
                 _p("оқыт*|оқытыл*|үйрет*|оқу*")),
    "consulting": (_p("консультирование|консультировать"),
                   _p("консультация", "гражданин|население|услуга"),
                   _p("кеңес", "бер*"), _p("консультация*", "бер*"),
                   _p("принять", "на", "консультирование")),
    "acceptance": (_p("принять|приём|прием|принятие"), _p("қабылда*")),
    "service": (_p("государственный|госуслуга", "услуга"), _p("госуслуга"),
                _p("мемлекеттік", "қызмет*"), _p("услуга")),
    "responsible": (_p("ответственный"), _p("ответственность", "за"), _p("жауапты*"),
                    _p("контактный", "лицо")),
    # what someone is made responsible for, in Russian: "ответственным за обработку
    # персональных данных" — and whether that is the centre's business (`duty_ours`)
    "duty": (_p("ответственный|ответственность", "за"),),
    "duty_ours": (_p("ответственный|ответственность", "за",
                     "взаимодействие|представление|предоставление|направление|информация|"
                     "сведение|переписка|запрос|услуга|госуслуга|консультирование|"
                     "контакт-центр|екц|информирование|актуализация|актуальность|"
                     "своевременный|полнота|достоверность"),),
    "interaction": (_p("взаимодействие|взаимодействовать"),
                    _p("предоставление|представление|предоставить|представить|направление",
                       "информация|сведение"),
                    _p("по", "вопрос", "оказание"), _p("өзара", "іс-қимыл*|әрекет*"),
                    _p("ақпарат*", "бер*|ұсын*")),
    "request": (_p("запрос|письмо|обращение"), _p("исх"),
                _p("сұрау*|сұрат*|хат|хаты*|хатқа|хатың*|хатқ*")),
    "information": (_p("информация|сведение|данные|форма|приложение"),
                    _p("ақпарат*|мәлімет*|нысан*|қосымша*")),
    "refuse": (_p("отказ|отказать|отказывать|отказываться|отклонить"),
               _p("не", "представляться", "возможный"), _p("не", "представляться"),
               _p("не", "иметь", "возможность"), _p("не", "мочь", "быть"),
               _p("не", "мочь", "предоставить|представить|направить|раскрыть|дать"),
               _p("не", "можем|может|могут"),
               _p("невозможно|невозможный"), _p("вынужденный|вынудить|вынуждать"),
               _p("не", "подлежать"), _p("не", "быть", "предоставить|представить|направить"),
               _p("не", "будет", "предоставить|представить|направить"),
               _p("бас", "тарт*"), _p("мүмкін", "емес"), _p("мүмкіндіг*", "жоқ"),
               _p("мүмкіндігі*", "жоқ|болмай*"), _p("берілмей*|ұсынылмай*|жіберілмей*"),
               _p("ұсына", "алмай*"), _p("бере", "алмай*"), _p("жолдай", "алмай*")),
    "secret": (_p("тайна|секрет|секретный|секретно|гриф"), _p("құпия*"),
               _p("охраняемый", "закон"), _p("персональный", "данные"),
               _p("дербес", "дерек*"), _p("ограниченный", "доступ|распространение"),
               _p("для", "служебный", "пользование"), _p("қызмет*", "бабында")),
    "not_competent": (_p("не", "входить|относиться", "в|к", "компетенция|ведение|полномочие"),
                      _p("не", "являться", "услугодатель|уполномоченный"),
                      _p("вне", "компетенция"), _p("ведение", "другой"),
                      _p("құзырет*", "кірмей*|жатпай*|емес"), _p("не", "уполномочить")),
    "change": (_p("изменение|изменить|измениться|изменённый|измененный"),
               _p("новый", "редакция|адрес|сайт|интернет-ресурс|стандарт|регламент|правило"),
               _p("утвердить|утверждение|утверждённый|утвержденный"),
               _p("актуализировать|актуализация|обновить|обновление|уточнить|перенести"),
               _p("внести", "изменение|дополнение"), _p("вступить", "в", "сила"),
               _p("признать", "утратить"), _p("утратить", "сила"),
               _p("өзгеріс*|өзгерт*|өзгер*"), _p("жаңа", "редакция*|интернет*|мекенжай*|сайт*|"
                                                   "қағида*|стандарт*|регламент*"),
               _p("бекіт*"), _p("күшіне", "ен*"), _p("көшіріл*|ауыстырыл*"),
               _p("прежний|старый", "адрес|сайт|интернет-ресурс|редакция"),
               _p("размещаться|разместить|размещённый|размещенный", "по", "адрес"),
               _p("переход", "на"), _p("ескі", "мекенжай*|сайт*|интернет*"),
               _p("орналастыр*")),
    "changed_item": (_p("стандарт|регламент|интернет-ресурс|сайт|адрес|нпа|правило|веб-сайт"),
                     _p("нормативный", "правовой|акт"), _p("интернет", "ресурс"),
                     _p("стандарт*|регламент*|сайт*|мекенжай*|қағида*|интернет-ресурс*|"
                        "веб-сайт*"),
                     _p("нормативтік", "құқықтық"), _p("актіге|актісі*|бұйрық*")),
    "pending": (_p("до|после", "утверждение|принятие|вступление|согласование"),
                _p("будет", "утвердить|изменить|принять|утверждён|утвержден"),
                _p("планироваться|планировать|предполагаться"),
                _p("находиться", "на", "согласование|утверждение|рассмотрение"),
                _p("бекіт*|қабылдан*", "кейін|дейін"), _p("жоспарлан*")),
    "newsletter": (_p("дайджест|рассылка|подписка|отписаться|бюллетень|newsletter|unsubscribe"),
                   _p("обзор", "законодательство|изменение|новость"),
                   _p("новость", "законодательство"), _p("жаңалық*"), _p("шолу*")),
    "appoint": (_p("назначить|назначение|определить|возложить|закрепить|считать|поручить|"
                   "поручено|возлагаться|назначаться|определяться"),
                _p("ответственный", "являться|быть|будет"), _p("являться", "ответственный"),
                _p("в", "качество", "ответственный|контактный"), _p("включить", "в", "база"),
                _p("жауапты*", "болып"),
                _p("тағайында*|белгілен*|белгіле*|жүкте*|бекітіл*|атқаратын*|атқарады"),
                _p("в", "связь", "с", "увольнение|перевод|уход|отпуск|назначение")),
    "replace": (_p("вместо|взамен|замена|заменить|прежний|предыдущий|заменять"),
                _p("ранее", "ответственный|назначить|закрепить|являться|исполнять"),
                _p("новый", "ответственный|сотрудник|исполнитель"), _p("жаңа", "жауапты*|маман*"),
                _p("ответственный", "лицо", "измениться|смениться|замениться|поменяться"),
                _p("жауапты*", "тұлға*", "өзгер*|ауыс*"), _p("бұдан", "былай"),
                _p("больше|более", "не", "являться|курировать|отвечать"),
                _p("перейти|перевести|уволиться|переход|перевод", "в|на", "другой"),
                _p("орнына|бұрынғы"), _p("бұған", "дейін")),
    "leadership": (_p("руководитель|начальник|заместитель|директор|председатель|аким|"
                      "заведующий|глава"),
                   _p("басшы*|төраға*|директоры*|орынбасар*|әкім*")),
    "staff_matter": (_p("кадровый|отпуск|увольнение|уволить|приём|перевод|командировка"),
                     _p("демалыс*|кадр*|іссапар*")),
    "auto_reply": (_p("автоответ|автоматический"), _p("out", "of", "office"),
                   _p("вне", "офис"), _p("отсутствовать", "до"), _p("отпуск", "до")),
    "invitation": (_p("приглашать|приглашение|пригласить|вебинар|webinar"),
                   _p("шақырамыз|шақырады|шақырамын|вебинар*"), _p("қатысуға", "шақыр*")),
    "request_topic": (_p("запрос|письмо|сұрау*|хат*", "о|об|туралы",
                         "назначение|предоставление|представление|определение"),),
    "thanks": (_p("благодарить|благодарность|поздравлять|поздравление"),
               _p("алғыс*|құттықта*|рахмет")),
    "question": (_p("просить|прошу", "уточнить|разъяснить|пояснить|сообщить|продлить|дать"),
                 _p("просить|прошу", "разъяснение|пояснение"), _p("түсіндіріп", "бер*"),
                 _p("просить|прошу", "перенести|отложить|продлить|перенос"),
                 _p("ауыстыр*|кейінге|ұзарт*", "сұрай*"),
                 _p("уточнить|разъяснить", "порядок|срок|форма"),
                 _p("продление", "срок"), _p("түсіндір*")),
    "acknowledge": (_p("запрос|письмо", "получить|зарегистрировать|принять"),
                    _p("поручение", "исполнитель|структурный"),
                    _p("будет", "направить|представить|предоставить"),
                    _p("направить", "дополнительно"), _p("в", "работа"),
                    _p("дополнительно", "сообщить|проинформировать|направить"),
                    _p("позднее|позже"), _p("после", "получение", "разъяснение"),
                    _p("хат*", "алынды|қабылданды|тіркелді"), _p("кейінірек"),
                    _p("қосымша", "хабарла*|жібер*|ұсын*"), _p("анықталады"),
                    # "сведения собираются", "мәліметтер жиналуда", "толық жауап … жіберіледі"
                    _p("прорабатываться|собираться"), _p("жиналуда|дайындалуда|пысықталуда"),
                    _p("жауап", "жіберіледі|беріледі|жолданады")),
    # the letter answers an applicant's own appeal ("Рассмотрев Ваше обращение", "заявителю
    # дан ответ"): a refusal there is the agency's answer to a citizen, not to the centre
    "applicant": (_p("ваш", "обращение|заявление|жалоба|заявка|ходатайство"),
                  _p("заявитель|заявительница", "дать|направить|разъяснить|отказать"),
                  _p("гр-н|гр-ну|гр-ке|гражданка"),
                  _p("сіздің", "өтініш*|шағым*"), _p("өтінішіңіз*|шағымыңыз*"),
                  _p("өтініш", "беруші*"), _p("журналист|сми|корреспондент"), _p("тілші*")),
    # the letter's own matter: "по данному вопросу", "по настоящему письму", "осы мәселе бойынша"
    "this_matter": (_p("по", "данный|данному|данным|этот|этому|настоящий|настоящему|указанный|"
                       "указанному", "вопрос|письмо|обращение"),
                    _p("осы|аталған", "мәселе*|хат*")),
    # the centre's request answered ("на Ваш запрос", "сұрау салуыңызға", "Сіздің хатыңызға")
    "our_request": (_p("ваш", "письмо"), _p("запрос"), _p("сұрау*|сұрат*"),
                    _p("сіздің", "хат*"), _p("хатыңыз*")),
    # a letter that says it went to the wrong addressee ("направлено ошибочно", "қате жіберілді")
    "misdirected": (_p("ошибочно"), _p("по", "ошибка"), _p("не", "тот", "адресат"),
                    _p("просить", "не", "учитывать"), _p("қате|қателесіп", "жібер*")),
    # information or explanations given ("направляем разъяснения", "түсініктеме береміз")
    "explanation": (_p("разъяснение|пояснение|разъяснять|пояснять|сообщать|сообщить|"
                       "информировать|уведомлять"), _p("түсініктеме*|түсіндіреміз|хабарлаймыз")),
    # a copy sent for information ("Копия для сведения", "для сведения направляем копию")
    "fyi_copy": (_p("копия", "для", "сведение"), _p("для", "сведение"),
                 _p("копия", "ответ|письмо"), _p("көшірме*"), _p("мәлімет", "үшін")),
}


@dataclass(frozen=True)
class Found:
    notion: str
    start: int  # index of the first token
    end: int  # index of the last token
    clause: int
    words: str
    offset: int = 0  # where the first word starts in the text


_SLOTS: dict[frozenset[str], tuple[frozenset[str], tuple[str, ...]]] = {}


def _compiled(slot: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A slot's whole words and its prefixes ("жауапты*"), split once: every token of every
    letter is tried against every pattern's first slot."""
    found = _SLOTS.get(slot)
    if found is None:
        found = _SLOTS[slot] = (frozenset(a for a in slot if not a.endswith("*")),
                                tuple(a[:-1] for a in slot if a.endswith("*")))
    return found


def _slot_matches(slot: frozenset[str], tok: Token) -> bool:
    words, prefixes = _compiled(slot)
    if tok.lemma in words or tok.word in words:
        return True
    return bool(prefixes) and (tok.word.startswith(prefixes) or tok.lemma.startswith(prefixes))


def _starts(slot: frozenset[str], toks: list[Token], index: dict[str, list[int]]) -> list[int]:
    """The tokens a pattern's first slot matches, in order: whole words looked up in the text's
    index, only prefixes tried token by token."""
    words, prefixes = _compiled(slot)
    found = {i for w in words for i in index.get(w, ())}
    if prefixes:
        found.update(i for i, t in enumerate(toks)
                     if t.word.startswith(prefixes) or t.lemma.startswith(prefixes))
    return sorted(found)


def _index(toks: list[Token]) -> dict[str, list[int]]:
    """Where each word and lemma of the text is."""
    index: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        index.setdefault(t.word, []).append(i)
        if t.lemma != t.word:
            index.setdefault(t.lemma, []).append(i)
    return index


def _find_pattern(pattern: tuple[frozenset[str], ...], toks: list[Token],
                  index: dict[str, list[int]] | None = None) -> Iterable[tuple[int, int]]:
    for i in _starts(pattern[0], toks, index if index is not None else _index(toks)):
        j, ok = i, True
        for slot in pattern[1:]:
            nxt = next((k for k in range(j + 1, min(len(toks), j + 2 + GAP))
                        if toks[k].clause == toks[i].clause and _slot_matches(slot, toks[k])),
                       None)
            if nxt is None:
                ok = False
                break
            j = nxt
        if ok:
            yield i, j


def _negated(toks: list[Token], start: int) -> bool:
    return any(toks[k].word in NEGATIONS and toks[k].clause == toks[start].clause
               for k in range(max(0, start - 2), start))


def find(text: str | list[Token]) -> list[Found]:
    """Every notion the text speaks of, in order; negated ones left out."""
    toks = tokens(text) if isinstance(text, str) else text
    index = _index(toks)
    out: list[Found] = []
    for notion, patterns in NOTIONS.items():
        for pattern in patterns:
            own_negation = any(NEGATIONS & slot for slot in pattern)
            for i, j in _find_pattern(pattern, toks, index):
                if not own_negation and _negated(toks, i):
                    continue
                out.append(Found(notion, i, j, toks[i].clause,
                                 " ".join(t.word for t in toks[i:j + 1]), toks[i].start))
    out.sort(key=lambda f: (f.start, f.notion))
    return out


def notions(found: Iterable[Found]) -> dict[str, list[Found]]:
    by: dict[str, list[Found]] = {}
    for f in found:
        by.setdefault(f.notion, []).append(f)
    return by
