"""Letters from the quality-control authority that become operator tasks (p.15, p.16).

Why here: such a letter answers no case — a written request to train the authority's staff on
the information exchange (p.15) or a notice that an agency's figures and ours differ (p.16) —
so instead of waiting in quarantine as "matches no case", it is recognised by its sender (the
authority's address in the directory, or its e-document envelope) and its words
(mappings/authority.toml) and stored as a task with its date: the date the training is asked
for, or for a discrepancy the day it came, since p.16 wants the explanation at once
(`gateway report explain` answers it; `gateway task done` closes a training).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
import tomllib
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.exc import IntegrityError

from gateway.config import Config
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.schema import tasks

_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
TASK_RU = {"discrepancy": "расхождение отчетной информации",
           "training_request": "обучение сотрудников уполномоченного органа"}


@lru_cache(maxsize=1)
def _phrases() -> tuple[list[str], dict[str, Any]]:
    from mappings import path

    data = tomllib.loads(path("authority.toml").read_text(encoding="utf-8"))
    return list(data["order"]), dict(data["kinds"])


def message_text(raw: bytes) -> str:
    """The message's own words: its plain (or HTML) body, lower case."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    subject = str(msg.get("Subject", ""))
    body = msg.get_body(preferencelist=("plain", "html")) if msg.is_multipart() else msg
    try:
        text = body.get_content() if body is not None else ""
    except (LookupError, KeyError):
        text = ""
    return f"{subject}\n{text}".lower()


def classify(text: str) -> str | None:
    order, kinds = _phrases()
    for kind in order:
        if any(p in text for p in kinds[kind]["phrases"]):
            return kind
    return None


def _asked_for(text: str, on: dt.date) -> dt.date | None:
    """The first date in the letter on or after its arrival: the day the training is asked
    for (p.15)."""
    for d, m, y in _DATE.findall(text):
        try:
            day = dt.date(int(y), int(m), int(d))
        except ValueError:
            continue
        if day >= on:
            return day
    return None


# a name's tail that a notice often leaves out ("Министерство юстиции" for "… Республики
# Казахстан"), as lemmas
_COUNTRY = (["республика", "казахстан"], ["қазақстан", "республикасы"])


def _same(word: str, name_word: str) -> bool:
    """A word of the text is the name's word: the same lemma (Russian), or for a Kazakh word
    the same stem with any case ending ("министрлігінің" for "министрлігі")."""
    if word == name_word:
        return True
    kazakh = bool(set(word + name_word) & set("әғқңөұүһі"))
    return kazakh and len(name_word) > 3 and word.startswith(name_word[:max(4,
                                                                            len(name_word) - 2)])


def _contains(words: list[str], name: list[str]) -> bool:
    n = len(name)
    return n > 0 and any(all(_same(words[i + k], name[k]) for k in range(n))
                         for i in range(len(words) - n + 1))


def name_forms(name: str) -> list[list[str]]:
    """The name as lemmas, whole and without "Республики Казахстан" at either end."""
    from understanding.lemmas import tokens

    whole = [t.lemma for t in tokens(name)]
    forms = [whole]
    for tail in _COUNTRY:
        n = len(tail)
        if len(whole) <= n + 1:
            continue
        if all(_same(w, c) for w, c in zip(whole[-n:], tail, strict=True)):
            forms.append(whole[:-n])
        if all(_same(w, c) for w, c in zip(whole[:n], tail, strict=True)):
            forms.append(whole[n:])
    return forms


def agency_named(text: str, agencies: list[tuple[str, list[str]]]) -> str | None:
    """The agency whose name (any of its names, in any grammatical case: "Министерства
    юстиции") the text gives; the longest name found wins (a committee over its ministry)."""
    from understanding.lemmas import tokens

    words = [t.lemma for t in tokens(text)]
    best: tuple[int, str] | None = None
    for agency_id, names in agencies:
        for name in names:
            for form in name_forms(name):
                if _contains(words, form) and (best is None or len(form) > best[0]):
                    best = (len(form), agency_id)
    return best[1] if best else None


def agency_in_text(conn: Connection, cfg: Config, text: str) -> str | None:
    """The directory's agency (the authority itself aside) the text names, in any case."""
    return _agency_named(conn, cfg, text)


def _agency_named(conn: Connection, cfg: Config, text: str) -> str | None:
    agencies = [(a.agency_id, [n for n in (a.name_ru, a.name_kk) if n])
                for a in repo.list_agencies(conn) if a.agency_id != cfg.quality_control_agency]
    return agency_named(text, agencies)


def task_overdue(task: dict[str, Any], day: dt.date) -> bool:
    """p.16 wants the explanation at once: an unexplained discrepancy is overdue from the day
    it came; a training is late only once a day the authority asked for has passed (the Rules
    give it no term of their own)."""
    if task["done_on"] is not None or task["due"] is None:
        return False
    if task["kind"] == "discrepancy":
        return bool(day >= task["due"])
    return bool(day > task["due"])


def authority_task(conn: Connection, cfg: Config, raw: bytes, inbound_id: int,
                   on: dt.date) -> int | None:
    """Store the task the authority's letter asks for; its id, or None when the letter is
    neither kind (it then goes the usual way)."""
    text = message_text(raw)
    kind = classify(text)
    if kind is None:
        return None
    paragraph = str(_phrases()[1][kind]["paragraph"])
    asked = _asked_for(text, on) if kind == "training_request" else None
    agency_id = _agency_named(conn, cfg, text) if kind == "discrepancy" else None
    # p.16 wants the explanation at once; p.15 sets no term: a due date only when asked
    due = on if kind == "discrepancy" else asked
    if kind == "discrepancy":
        summary = ("Уведомление уполномоченного органа о расхождении отчетной информации"
                   + (f" ({agency_id})" if agency_id else "")
                   + ": пояснение по каждому случаю представляется незамедлительно (п. 16)")
    else:
        summary = ("Письменный запрос уполномоченного органа об обучении его сотрудников"
                   + (f" на {asked:%d.%m.%Y}" if asked else "") + " (п. 15)")
    try:
        with conn.begin_nested():
            result = conn.execute(insert(tasks).values(
                kind=kind, paragraph=paragraph, inbound_id=inbound_id, agency_id=agency_id,
                opened_on=on, due=due, asked_for=asked, summary=summary, data={}))
    except IntegrityError:  # the same letter again
        return None
    task_id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else 0
    record(conn, cfg, kind=f"task_{kind}", inbound_id=inbound_id, paragraph=paragraph,
           summary=f"Задача #{task_id}: {summary}", data={"task_id": task_id})
    return task_id
