"""From committed inbound rows to cases: parse, match, trust, apply, queue (exactly once, step 2).

Why this shape: a worker claims a few stored messages, parses them (deterministically, outside
any transaction), then in one transaction, with a SAVEPOINT per message, matches each, checks
trust, applies the engine to every case it concerns (event keys derived from the inbound id, so
a re-run changes nothing), queues what the engine asks for and marks the row done.  A message's
changes are all or nothing (its savepoint); the batch shares one durable commit, which was most
of a plain letter's cost.  A crash anywhere before the commit leaves the rows pending, and the
next run does the same again from the stored bytes.  A message that
cannot be matched or trusted goes to quarantine with a specific reason; one whose processing
fails `max_attempts` times is quarantined too, and the loop goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Engine,
    bindparam,
    select,
    update,
)

from gateway.calendar import WorkCalendar, default_calendar, local_date
from gateway.config import Config
from gateway.domain import (
    AdditionalAnswerReceived,
    AutoReplyReceived,
    ServiceInfo,
)
from gateway.engine.casework import apply_to_case
from gateway.processing.authority import authority_task
from gateway.processing.bounces import apply_bounce
from gateway.processing.documents import doc_events, edoc_day, our_letters
from gateway.processing.expectations import (
    cases_of_person,
    covered_by_forms,
    held_back,
    only_case_awaiting,
)
from gateway.processing.lookups import DbLookup
from gateway.processing.matcher import Evidence, Thread, case_for_service, thread_case
from gateway.processing.prefetch import Prefetched, prefetch, release_of
from gateway.processing.reasons import active_content, one_line, parse_errors
from gateway.processing.trust import DnsFunc, Verdict, authenticate, signed_by_agency
from gateway.runtime.leases import claim, release_claims
from gateway.runtime.statuslog import record, watch
from gateway.store import reading, repo
from gateway.store.dbclock import now_sql
from gateway.store.prepared import Prepared as PreparedStatement
from gateway.store.schema import events, inbound
from parsers.api import parse_message, parse_messages
from parsers.headers import header_block
from parsers.mime import our_numbers
from parsers.records import ParsedDocument, ParseResult
from parsers.registry import ParseLimits
from understanding.answers import answers_additional_request

log = logging.getLogger(__name__)
CLAIM_SECONDS = 300
# rows claimed, and committed, at once: one transaction for the batch, a savepoint per message
CLAIM_BATCH = 10
RETRY_SECONDS = 60  # a failed message waits this long times its attempts before the next try
# (database, instance) whose last claim failed: it may have committed unseen
_UNSURE: dict[tuple[str, str], bool] = {}
# kinds that change who the responsible person is or what the service information says, and
# refusals (evidence against the agency, p.12): only an authenticated sender may send them
# unattended, else an operator confirms them by releasing the message (protocols need a known
# sender)
# the documents' kinds as the status log's summaries name them (the codes go in its data)
DOCUMENT_RU = {"appendix1_form": "форма Приложения 1", "change_notice": "уведомление об изменении",
               "responsible_change": "замена ответственного", "refusal": "отказ",
               "training_protocol": "протокол обучения", "other": "другое"}
SENSITIVE = frozenset({"appendix1_form", "change_notice", "responsible_change", "refusal"})


class Quarantine(Exception):
    """The message waits for an operator; the text says why."""


@dataclass
class ProcessStats:
    processed: int = 0
    done: int = 0
    quarantined: int = 0
    retried: int = 0
    cases: set[str] = field(default_factory=set)


@dataclass
class Prepared:
    """What is worked out before the transaction: the stored bytes parsed, the sender's
    authentication checked (DKIM may need DNS, which must not hold database locks)."""

    raw: bytes
    parsed: ParseResult
    verdict: Verdict
    sender: str | None = None  # the sender decided on (None: no valid one), stored with the row
    sender_note: str = ""  # why: the From's defects, or how the sender was authenticated


# the statements run for every message, built once (building one cost about as much as
# running it); the last, run once a message done, on the driver (gateway.store.prepared:
# SQLAlchemy's execution of it cost more than the database's)
_V: BindParameter[Any] = bindparam("v")
_STATUS_FOR_UPDATE = select(inbound.c.status).where(inbound.c.id == _V).with_for_update()
_RELEASE = (select(events.c.data, events.c.case_id).where(events.c.inbound_id == _V)
            .where(events.c.kind == "operator_release").order_by(events.c.id.desc()).limit(1))
_DONE = PreparedStatement(update(inbound).where(inbound.c.id == bindparam("row_id")).values(
    status="done", case_id=bindparam("new_case_id", type_=inbound.c.case_id.type),
    processed_at=bindparam("new_processed_at", type_=inbound.c.processed_at.type),
    decided_sender=bindparam("new_sender", type_=inbound.c.decided_sender.type),
    sender_note=bindparam("new_sender_note", type_=inbound.c.sender_note.type),
    claimed_by=None, claimed_until=None))


def limits_of(cfg: Config) -> ParseLimits:
    crl = cfg.crl_path
    return ParseLimits(**cfg.limits.model_dump(), signature_roots=cfg.signature_root_paths,
                       crl_folder=str(crl) if crl else None,
                       require_revocation=cfg.trust.require_revocation,
                       ocsp=cfg.trust.ocsp)


# -- claiming ---------------------------------------------------------------------------------


def _claim(engine: Engine, instance: str, limit: int = CLAIM_BATCH,
           failed: set[int] | None = None) -> list[dict[str, Any]]:
    """Claim up to `limit` pending rows for this instance (one transaction), none of those
    that already failed in this pass."""
    conditions = [inbound.c.status == "pending"]
    if failed:
        conditions.append(inbound.c.id.not_in(failed))
    return claim(engine, inbound, instance, limit, *conditions, seconds=CLAIM_SECONDS)


def process_pending(engine: Engine, cfg: Config, *, instance: str = "local",
                    limit: int | None = None, calendar: WorkCalendar | None = None,
                    today: dt.date | None = None, dnsfunc: DnsFunc | None = None
                    ) -> ProcessStats:
    """Process waiting inbound rows until none is left (or `limit` is reached).

    Events are dated by each message's arrival (in the configured time zone), so `today` is
    accepted for the daemon's uniform call and not needed here.  `dnsfunc` replaces DNS for
    DKIM key look-ups (tests)."""
    cal = calendar or default_calendar()
    stats = ProcessStats()
    failed: set[int] = set()
    watch(engine)  # before any savepoint, so one rolled back drops its status-log lines
    if _UNSURE.pop((str(engine.url), instance), None):
        # a claim of an earlier pass may have committed unseen (the connection cut at
        # COMMIT): whatever this instance still holds is given back first
        release_claims(engine, inbound, instance, None)
    reader = _Reader(engine, cfg, dnsfunc)
    try:
        rows = _claim_or_mark(engine, instance, _room(limit, stats.processed), failed)
        while rows:
            try:
                work = reader.take(rows)
                # the next batch is claimed and read while this one is written (its parsing
                # runs in the reader pool, in another process: the two overlap)
                room = _room(limit, stats.processed + len(rows))
                ahead = _claim_or_mark(engine, instance, room, failed) if room else []
                if ahead:
                    reader.start(ahead)
                _batch(engine, cfg, rows, cal, stats, failed, dnsfunc, work)
            except BaseException:
                # the database dropped us, say: what this pass claimed and did not commit is
                # given back now, not held until the claims lapse (rows it committed are no
                # longer claimed, so they are untouched)
                held = [r["id"] for r in rows] + reader.abandon()
                with contextlib.suppress(Exception):
                    release_claims(engine, inbound, instance, held)
                raise
            rows = ahead
    finally:
        reader.close()
    return stats


def _room(limit: int | None, processed: int) -> int:
    return CLAIM_BATCH if limit is None else max(0, min(CLAIM_BATCH, limit - processed))


def _claim_or_mark(engine: Engine, instance: str, room: int, failed: set[int]
                   ) -> list[dict[str, Any]]:
    """A claim of up to `room` rows; one that fails may have committed unseen, so the next
    pass first gives back whatever this instance holds."""
    if not room:
        return []
    try:
        return _claim(engine, instance, room, failed=failed)
    except BaseException:
        _UNSURE[(str(engine.url), instance)] = True
        raise


class _Reader:
    """Reads (blobs, parse, trust) the next claimed batch in a thread of its own while the
    current one is written.  Why: a batch's parsing is done in the reader pool's process
    and its writing in this one; one after the other, each waited for the other (the parse
    was a third to a half of a batch's time).  Nothing of the next batch is decided before
    the current one commits: reading is deterministic and holds no lock."""

    def __init__(self, engine: Engine, cfg: Config, dnsfunc: DnsFunc | None) -> None:
        self.engine, self.cfg, self.dnsfunc = engine, cfg, dnsfunc
        self.pool: ThreadPoolExecutor | None = None
        self.pending: tuple[list[dict[str, Any]], Future[_Work]] | None = None

    def start(self, rows: list[dict[str, Any]]) -> None:
        if self.pool is None:
            self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ekc-read")
        self.pending = (rows, self.pool.submit(_read, self.engine, self.cfg, rows,
                                               self.dnsfunc))

    def take(self, rows: list[dict[str, Any]]) -> _Work | None:
        """What was read of `rows` (None: nothing was started for them; _batch reads)."""
        pending, self.pending = self.pending, None
        if pending is None or pending[0] is not rows:
            return None
        return pending[1].result()

    def abandon(self) -> list[int]:
        """The ids of a batch claimed ahead and not written (its reading waited for)."""
        pending, self.pending = self.pending, None
        if pending is None:
            return []
        with contextlib.suppress(Exception):
            pending[1].result()
        return [r["id"] for r in pending[0]]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None


_Work = list[tuple[dict[str, Any], "Prepared | Exception"]]


def _read(engine: Engine, cfg: Config, rows: list[dict[str, Any]], dnsfunc: DnsFunc | None
          ) -> _Work:
    """A batch's reading, outside any transaction (no lock is held while it runs): its
    stored bytes, parsed in one pool job (each alone if that job fails), and each message's
    trust verdict (DKIM asks DNS)."""
    with reading(), engine.connect() as conn:
        raws = repo.get_blobs(conn, {row["sha256"] for row in rows})
    readable = [row for row in rows if raws.get(row["sha256"]) is not None]
    parsed = dict(zip((row["id"] for row in readable), parse_messages(
        [(raws[row["sha256"]], f"inbound {row['id']}") for row in readable],
        limits_of(cfg)), strict=True))
    return [(row, _prepared(engine, cfg, row, dnsfunc, raws.get(row["sha256"]),
                            parsed.get(row["id"])))
            for row in rows]


def _batch(engine: Engine, cfg: Config, rows: list[dict[str, Any]], cal: WorkCalendar,
           stats: ProcessStats, failed: set[int], dnsfunc: DnsFunc | None,
           work: _Work | None = None) -> None:
    """Process one claimed batch (`work`: its reading, when done ahead): one transaction, a
    savepoint per message (else one transaction per message when the batch's own fails)."""
    if work is None:
        work = _read(engine, cfg, rows, dnsfunc)
    try:
        batch = ProcessStats()
        with engine.begin() as conn:
            pre = prefetch(conn, [row["id"] for row, _ in work], _senders(work),
                           [p.parsed.message.subject for _, p in work
                            if isinstance(p, Prepared) and p.parsed.message is not None])
            for row, prepared in work:
                _one(conn, cfg, row, prepared, cal, batch, failed, pre)
    except Exception:  # the batch's own transaction failed: each message alone, as ever
        log.warning("a batch of %d messages could not be committed; one at a time",
                    len(work), exc_info=True)
        batch = ProcessStats()
        for row, prepared in work:
            with engine.begin() as conn:
                _one(conn, cfg, row, prepared, cal, batch, failed)
    stats.processed += len(work)
    stats.done += batch.done
    stats.quarantined += batch.quarantined
    stats.retried += batch.retried
    stats.cases |= batch.cases


def _prepared(engine: Engine, cfg: Config, row: dict[str, Any], dnsfunc: DnsFunc | None,
              raw: bytes | None, parsed: ParseResult | None = None) -> Prepared | Exception:
    """prepare(), or what it raised (a Quarantine, or a fault to count as a failed attempt)."""
    try:
        return prepare(engine, cfg, row, dnsfunc, raw, parsed)
    except Exception as exc:  # noqa: BLE001 - dealt with in the message's own savepoint
        return exc


def _senders(work: list[tuple[dict[str, Any], Prepared | Exception]]) -> set[str]:
    """The From addresses of the batch's mail (an e-document names its agency itself)."""
    return {p.parsed.message.from_address for row, p in work
            if isinstance(p, Prepared) and row["source"] != "edoc"
            and p.parsed.message is not None and p.parsed.message.from_address}


def _one(conn: Connection, cfg: Config, row: dict[str, Any], prepared: Prepared | Exception,
         cal: WorkCalendar, stats: ProcessStats, failed: set[int],
         pre: Prefetched | None = None) -> None:
    """One message inside the batch's transaction, in a savepoint of its own: everything it
    changes is kept, or (quarantine, failure) none of it, and the quarantine or the failed
    attempt is recorded in its place."""
    sender = sender_values(prepared)
    try:
        if isinstance(prepared, Exception):
            raise prepared
        with conn.begin_nested():
            touched = process_one(conn, cfg, row, prepared, cal, pre)
        stats.done += 1
        stats.cases.update(touched)
    except Quarantine as why:
        told = active_content(prepared.parsed) if isinstance(prepared, Prepared) else ""
        quarantine(conn, cfg, row["id"], f"{why}; {told}" if told else str(why), sender)
        stats.quarantined += 1
    except Exception as exc:  # a bug or an outage: retried, then set aside with its reason
        log.exception("processing inbound %s failed", row["id"])
        failed.add(row["id"])
        stats.retried += _failed(conn, cfg, row, exc, sender)


def prepare(engine: Engine, cfg: Config, row: dict[str, Any],
            dnsfunc: DnsFunc | None = None, raw: bytes | None = None,
            parsed: ParseResult | None = None) -> Prepared:
    """Read (unless the caller read `raw` already), parse (unless the caller parsed it, with
    its batch) and authenticate one stored message: deterministic for the same bytes (DKIM
    aside, whose keys live in DNS), so a re-run after a crash decides the same."""
    if raw is None:
        with engine.connect() as conn:
            raw = repo.get_blob(conn, row["sha256"])
    if raw is None:
        raise Quarantine(f"исходного письма нет в хранилище (sha256 {row['sha256']})")
    if parsed is None:
        parsed = parse_message(raw, f"inbound {row['id']}", limits_of(cfg))
    info = parsed.message
    if row["source"] == "edoc":
        verdict = Verdict(True, "система электронного документооборота (организация-отправитель "
                                "конверта)")
    elif info is None:
        verdict = Verdict(False, "письмо не читается")
    else:
        block = header_block(raw)  # trust reads headers only: not the body again
        headers = [(k, str(v)) for k, v in BytesHeaderParser().parsebytes(block).items()]
        verdict = authenticate(raw, headers, info.from_address, cfg.trust, dnsfunc)
    return Prepared(raw, parsed, verdict, *_decided_sender(row, info, verdict))


def _decided_sender(row: dict[str, Any], info: Any, verdict: Verdict) -> tuple[str | None, str]:
    """The sender processing goes by, and why, in the words operators are shown (Russian,
    as every reason is: issue #18; the parser's header defects are quoted as it gives them)."""
    if info is None:
        return None, "письмо не читается"
    defects = f"; дефекты заголовков: {'; '.join(info.defects)}" if info.defects else ""
    if row["source"] == "edoc":
        agency = (row["meta"] or {}).get("agency_id")
        return info.from_address, (f"система электронного документооборота, "
                                   f"организация-отправитель {agency}{defects}")
    if info.from_address is None:
        return None, f"нет корректного From ({'; '.join(info.defects) or 'нет'})"
    trust = "подтвержден" if verdict.authenticated else "не подтвержден"
    return info.from_address, f"заголовок From, отправитель {trust} ({verdict.how}){defects}"


def sender_values(prepared: Prepared | Exception) -> dict[str, Any]:
    """The row's decided_sender and sender_note columns for what was prepared ({} if nothing
    could be: the stored bytes missing, a parser fault)."""
    if isinstance(prepared, Exception):
        return {}
    return {"decided_sender": prepared.sender, "sender_note": prepared.sender_note[:2000]}


def _failed(conn: Connection, cfg: Config, row: dict[str, Any], exc: Exception,
            sender: dict[str, Any] | None = None) -> int:
    """Count a failed attempt in the caller's transaction; at cfg.max_attempts the message goes
    to quarantine.  1 when it will be retried, after a backoff, so a passing outage does not
    use up every attempt in one pass."""
    reason = f"{type(exc).__name__}: {exc}"[:2000]
    # unclaimed, but not claimable before the backoff ends: "retried later", not at once
    # (by the database's clock, as every claim)
    retry_at = now_sql(conn.dialect.name, RETRY_SECONDS * (row["attempts"] + 1))
    conn.execute(update(inbound).where(inbound.c.id == row["id"]).values(
        attempts=inbound.c.attempts + 1, last_error=reason, claimed_by=None,
        claimed_until=retry_at))
    attempts = conn.execute(select(inbound.c.attempts)
                            .where(inbound.c.id == row["id"])).scalar() or 0
    if attempts >= cfg.max_attempts:
        quarantine(conn, cfg, row["id"], f"обработка не удалась (попыток: {attempts}): {reason}",
                   sender)
        return 0
    return 1


def quarantine(conn: Connection, cfg: Config, inbound_id: int, reason: str,
               sender: dict[str, Any] | None = None) -> None:
    """Set the message aside with its reason (and the sender processing decided on, if any)."""
    reason = one_line(reason)
    conn.execute(update(inbound).where(inbound.c.id == inbound_id).values(
        status="quarantined", quarantine_reason=reason, claimed_by=None, claimed_until=None,
        processed_at=dt.datetime.now(dt.UTC), **(sender or {})))
    record(conn, cfg, kind="quarantined", inbound_id=inbound_id,
           summary=f"Письмо #{inbound_id} отложено для оператора: {reason}")


# -- one message ------------------------------------------------------------------------------


def process_one(conn: Connection, cfg: Config, row: dict[str, Any], prepared: Prepared,
                cal: WorkCalendar, pre: Prefetched | None = None) -> set[str]:
    """Everything for one message, in the caller's transaction; the cases it touched.  `pre`:
    the batch's look-ups (gateway.processing.prefetch), read once for all its messages."""
    # the row lock makes a second instance holding an expired claim wait, then see "done"
    if pre is not None and row["id"] in pre.status:
        current: str | None = pre.status[row["id"]]
    else:
        current = conn.execute(_STATUS_FOR_UPDATE, {"v": row["id"]}).scalar()
    if current != "pending":
        return set()  # another instance finished it meanwhile
    meta = row["meta"] or {}
    operator = pre.releases.get(row["id"], {}) if pre is not None \
        else operator_release(conn, row["id"])
    parsed, verdict = prepared.parsed, prepared.verdict
    info = parsed.message
    if info is None or (not parsed.documents and parsed.errors and not info.auto_submitted):
        raise Quarantine(f"не удалось прочитать: {_errors(parsed) or 'письмо не читается'}")
    received = row["received_at"]
    on = local_date(received if received.tzinfo else received.replace(tzinfo=dt.UTC),
                    cfg.timezone)
    if row["source"] == "edoc":
        agency_id: str | None = meta.get("agency_id")
    else:
        if not info.from_address:
            agency = None
        elif pre is not None and info.from_address in pre.agencies:
            agency = pre.agencies[info.from_address]
        else:
            agency = repo.agency_for_address(conn, info.from_address)
        agency_id = agency.agency_id if agency else None
        signed = signed_by_agency(parsed.documents, agency.bin) \
            if agency is not None and not verdict.authenticated else None
        if signed is not None:  # the agency's own valid e-signature vouches (issues #14, #22)
            verdict = signed if signed.authenticated \
                else Verdict(False, f"{verdict.how}; {signed.how}")
            prepared.sender, prepared.sender_note = _decided_sender(row, info, verdict)
    # In-Reply-To first, then References newest first (RFC 5322 lists them oldest first)
    quoted = _reply_id(meta) if row["source"] == "edoc" else []
    evidence = Evidence(subject=info.subject,
                        message_ids=[*info.in_reply_to, *reversed(info.references), *quoted],
                        edoc_in_reply_to=meta.get("in_reply_to"), agency_id=agency_id,
                        text="\n".join([str(meta.get("subject") or ""),
                                         str(meta.get("body") or ""), *info.our_numbers]))
    db = DbLookup(conn, pre.case_agency if pre is not None else None)
    thread = Thread(operator["case"], "дело указано оператором") if operator.get("case") \
        else thread_case(evidence, db)
    ctx = {"inbound_id": row["id"], "today": on}

    if info.is_bounce or (info.auto_submitted and not _carries_documents(parsed)):
        auto = _auto(conn, cfg, row, prepared.raw, info, thread, on, cal, ctx)
        _done(conn, row["id"], next(iter(sorted(auto)), None), prepared)
        return auto

    # the authority's address in the directory (or its e-document envelope) says who wrote
    if agency_id is not None and agency_id == cfg.quality_control_agency \
            and authority_task(conn, cfg, prepared.raw, row["id"], on) is not None:
        _done(conn, row["id"], None, prepared)  # p.15/p.16: an operator task, no case's step
        return set()
    plan, unmatched = _plan(parsed.documents, evidence, thread, db)
    if not plan:
        raise Quarantine(f"не относится ни к одному делу ({thread.how}; отправитель "
                         f"{info.from_address or 'неизвестен'}, орган {agency_id or 'неизвестен'}"
                         + (f"; номера Реестра {', '.join(unmatched)}" if unmatched else "")
                         + ")")
    substantive = any(doc.kind != "other" for _, _, doc, _ in plan)
    if parsed.errors and not substantive and not operator:
        raise Quarantine(f"часть письма не прочитана, а остальное применить нельзя: "
                         f"{_errors(parsed)}")
    sensitive = any(doc.kind in SENSITIVE for _, _, doc, _ in plan)
    if not operator:
        if agency_id is None:
            raise Quarantine(f"отправителя {info.from_address or '(нет корректного From)'} нет "
                             f"в справочнике органов" + (f"; дефекты: {', '.join(info.defects)}"
                                                         if info.defects else ""))
        foreign = sorted({c for c, _, _, _ in plan if db.agency_of_case(c) != agency_id})
        if foreign:
            raise Quarantine(f"орган отправителя {agency_id} не ведет дело "
                             f"{', '.join(foreign)}")
        if sensitive and not verdict.authenticated:
            what = ("письмо — отказ; он учитывается против органа (п.12), только если отправитель "
                    "подтвержден или оператор подтвердит его"
                    if all(d.kind == "refusal" for _, _, d, _ in plan if d.kind in SENSITIVE)
                    else "письмо меняет ответственное лицо или сведения об услуге")
            raise Quarantine(f"{what}, но отправитель не подтвержден ({verdict.how})")
    ours = our_letters(conn, evidence.message_ids,
                       [*_reply_number(meta), *our_numbers(f"{info.subject}\n{evidence.text}")])
    if not operator:
        # understanding last: a spoof is told as a spoof, however it reads; then whether each
        # document is what its case waits for, and sure enough (understanding.judge)
        plan = covered_by_forms(plan, cfg.parse_confidence_threshold)
        unsure = held_back(conn, plan, ours, cfg.parse_confidence_threshold, thread.case_id)
        if unsure:
            raise Quarantine("; ".join(unsure))
    touched: set[str] = set()
    letter_day = edoc_day(row, meta)
    for case_id, n, doc, services in plan:
        for event in doc_events(conn, cfg, doc, services, case_id, row["id"], on, n,
                                 letter_day, ours):
            apply_to_case(conn, cfg, case_id, event, cal, ctx)
        touched.add(case_id)
    answered = ours.get("additional_request")
    # p.10: only an answer that says something to the centre closes the step — a read
    # receipt, a registration notice, a "we will reply later", a copy of an answer to a citizen
    # is recorded, never taken for the answer (understanding.answers); asked only of a message
    # that answers our additional request
    if answered and not any(d.kind == "refusal" for _, _, d, _ in plan) and (
            substantive or any(answers_additional_request(f"{info.subject}\n{d.text}")[0]
                               for _, _, d, _ in plan)):
        for case_id in touched:  # p.10: the answer to our additional request
            apply_to_case(conn, cfg, case_id, AdditionalAnswerReceived(
                key=f"inbound:{row['id']}:answer", on=on, answers=answered,
                inbound_id=row["id"]), cal, ctx)
    how = f"решение оператора {operator.get('by', '')}".strip() if operator else verdict.how
    notes = "".join([f"; не сопоставлены номера {', '.join(unmatched)}" if unmatched else "",
                     f"; не прочитано: {_errors(parsed)}" if parsed.errors else "",
                     "; автоматическое письмо" if info.auto_submitted else "",
                     f"; {told}" if (told := active_content(parsed)) else ""])
    signatures = [d.signature for d in parsed.documents if d.signature is not None]
    notes += "".join(f"; {s.line()}" for s in signatures[:3])
    kinds = sorted({d.kind for _, _, d, _ in plan})
    data: dict[str, object] = {"kinds": kinds}
    if signatures:
        data["signatures"] = [s.model_dump(mode="json") for s in signatures]
    record(conn, cfg, kind="message_processed", inbound_id=row["id"],
           case_id=next(iter(touched)) if len(touched) == 1 else None, data=data,
           summary=f"Письмо #{row['id']} от {info.from_address or agency_id} обработано: "
                  f"{', '.join(DOCUMENT_RU.get(k, k) for k in kinds)} → "
                  f"{', '.join(sorted(touched))} ({how}){notes}")
    _done(conn, row["id"], next(iter(sorted(touched))), prepared)
    return touched


_QUOTED_ID = re.compile(r"<[^<>\s@]{1,250}@[^<>\s@]{1,250}>")


def _reply_id(meta: dict[str, Any]) -> list[str]:
    """The e-document envelope's reply-to when it is one of our Message-IDs, and any
    Message-ID its subject or covering text quotes."""
    ref = str(meta.get("in_reply_to") or "").strip()
    found = [ref if ref.startswith("<") else f"<{ref}>"] if "@" in ref else []
    text = f"{meta.get('subject') or ''}\n{meta.get('body') or ''}"[:100_000]
    return found + _QUOTED_ID.findall(text)[:10]


def _reply_number(meta: dict[str, Any]) -> list[str]:
    """The e-document envelope's reply-to when it is our outgoing number."""
    ref = str(meta.get("in_reply_to") or "").strip()
    return [ref] if ref and "@" not in ref else []


def operator_release(conn: Connection, inbound_id: int) -> dict[str, Any]:
    """The operator's latest release of this message ({"by", "case"}), or {} if none.  Read
    from the status log, which only `gateway quarantine release` writes such events to; never
    from the row's meta, which for an e-document package is the sender's own envelope."""
    found = conn.execute(_RELEASE, {"v": inbound_id}).first()
    return {} if found is None else release_of(found.data, found.case_id)


def _errors(parsed: ParseResult) -> str:
    return parse_errors(parsed)


def _carries_documents(parsed: ParseResult) -> bool:
    """An automatic message (a document system's `Auto-Submitted: auto-generated`) that
    attaches a document of its own is processed like any other; its body and anything it
    forwards (the quoted original of an auto-reply) are not enough."""
    return any(d.kind != "other" and d.part != "body" and d.origin is None
               and not d.part.startswith("forwarded") for d in parsed.documents)


def _plan(docs: list[ParsedDocument], ev: Evidence, thread: Thread, db: DbLookup
          ) -> tuple[list[tuple[str, int, ParsedDocument, list[ServiceInfo]]], list[str]]:
    """(case, document index, document, its services for that case) for every match, and the
    registry numbers that matched no case."""
    plan: dict[tuple[str, int], list[ServiceInfo]] = {}
    unmatched: list[str] = []
    for n, doc in enumerate(docs):
        if doc.kind == "other":
            continue
        services = doc.services or [ServiceInfo()]
        for service in services:
            case_id, _ = case_for_service(service.registry_number, ev, thread, db,
                                          only_service=len(services) == 1)
            if case_id is None and not service.registry_number and ev.agency_id:
                if doc.kind == "responsible_change":  # the cases with their people, read once
                    people = db.people_of_agency(ev.agency_id)
                    case_id = only_case_awaiting([(c, state) for c, state, _ in people], doc)
                    for case in [] if case_id else cases_of_person(people, doc):
                        plan.setdefault((case, n), []).append(service)
                else:
                    case_id = only_case_awaiting(db.cases_of_agency(ev.agency_id), doc)
            if case_id:
                plan.setdefault((case_id, n), []).append(service)
            elif service.registry_number and service.registry_number not in unmatched:
                unmatched.append(service.registry_number)
    if not plan and thread.case_id:
        others = [d for d in docs if d.kind == "other"]
        if others:
            plan[(thread.case_id, docs.index(others[0]))] = []
    return [(case_id, n, docs[n], services) for (case_id, n), services in plan.items()], \
        unmatched


def _auto(conn: Connection, cfg: Config, row: dict[str, Any], raw: bytes, info: Any,
          thread: Thread, on: dt.date, cal: WorkCalendar, ctx: dict[str, Any]) -> set[str]:
    """Auto-replies and bounces: recorded on the case, never answered (a bounce on the case
    of what bounced, its outbox row marked: gateway.processing.bounces)."""
    touched: set[str] = set()
    if info.is_bounce:
        touched = apply_bounce(conn, cfg, row, raw, info, thread.case_id, on, cal, ctx)
    elif thread.case_id:
        apply_to_case(conn, cfg, thread.case_id, AutoReplyReceived(
            key=f"inbound:{row['id']}", on=on, inbound_id=row["id"]), cal, ctx)
        touched.add(thread.case_id)
    kind = "уведомление о недоставке" if info.is_bounce else "автоответ"
    record(conn, cfg, kind="auto_message", inbound_id=row["id"],
           summary=f"Письмо #{row['id']} — {kind}; не отвечаем"
                   + (f" (дело {', '.join(sorted(touched))})" if touched else ""))
    return touched


def _done(conn: Connection, inbound_id: int, case_id: str | None, prepared: Prepared) -> None:
    _DONE.execute(conn, {"row_id": inbound_id, "new_case_id": case_id,
                         "new_processed_at": dt.datetime.now(dt.UTC),
                         "new_sender": prepared.sender,
                         "new_sender_note": prepared.sender_note[:2000]})
