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


def _agency_named(conn: Connection, cfg: Config, text: str) -> str | None:
    for agency in repo.list_agencies(conn):
        if agency.agency_id == cfg.quality_control_agency:
            continue
        names = [n.lower() for n in (agency.name_ru, agency.name_kk) if n]
        if any(n in text for n in names):
            return agency.agency_id
    return None


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
    due = asked or on
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
