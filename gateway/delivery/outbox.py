"""The outbox: what the gateway must send, written in the same transaction as the case change
that asked for it (the sender that delivers it exactly once per recipient is
gateway.delivery.sending).

Why an outbox, not a send call (DESIGN.md): a crash between "decided to send" and "sent" must
neither lose the message nor send it twice under a new identity.  So the message is rendered,
given its Message-ID and outgoing number, and stored when it is queued; the sender only reads
rows, delivers, and records per recipient what the relay said.  A resend reuses the stored bytes,
hence the same Message-ID.  Temporary failures are retried with exponential backoff and jitter
(tenacity's wait policy) up to a horizon, then the operator is told; permanent ones (5xx) flag
the case at once.  Rows are claimed (FOR UPDATE SKIP LOCKED on PostgreSQL, a claim with expiry
by the database's clock everywhere) so several instances share the work and a dead instance's
claim lapses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from gateway.calendar import local_date
from gateway.config import Config
from gateway.delivery.letters import Letter, Order, Stationery, compose_letter
from gateway.domain import (
    Agency,
    Case,
)
from gateway.runtime.statuslog import record, record_many
from gateway.store import repo
from gateway.store.schema import inbound, outbox
from outbound import composers
from outbound.compose import Attachment
from outbound.headers import BadAddress, address


def now() -> dt.datetime:
    """The outbox's "now" (queueing, numbering, due times) is the store's (repo.now), so a
    simulation replaces both at once."""
    return repo.now()


@contextlib.contextmanager
def simulated(clock: Callable[[], dt.datetime]) -> Iterator[None]:
    """Within the block, the outbox's now and the store's is `clock` (for gateway demo): the
    letters are dated and the status log stamped on the same clock."""
    with repo.simulated(lambda: clock().astimezone(dt.UTC)):
        yield


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def thread_of(conn: Connection, case_id: str | None) -> list[str]:
    """Message-IDs of the case's thread, oldest first: what we sent and what came back.

    The last one is what a new letter replies to (In-Reply-To); all go in References."""
    if not case_id:
        return []
    return threads_of(conn, [case_id])[case_id]


def threads_of(conn: Connection, case_ids: list[str]) -> dict[str, list[str]]:
    """thread_of for many cases in two queries (a batch of requests)."""
    sent = conn.execute(select(outbox.c.case_id, outbox.c.created_at, outbox.c.id,
                               outbox.c.message_id)
                        .where(outbox.c.case_id.in_(case_ids))).all()
    came = conn.execute(select(inbound.c.case_id, inbound.c.received_at, inbound.c.id,
                               inbound.c.message_id)
                        .where(inbound.c.case_id.in_(case_ids))
                        .where(inbound.c.message_id.is_not(None))
                        .where(inbound.c.duplicate_of.is_(None))).all()
    dated: dict[str, list[tuple[Any, ...]]] = {c: [] for c in case_ids}
    for case_id, at, n, mid in sent:
        dated[case_id].append((_aware(at), 0, n, mid))
    for case_id, at, n, mid in came:
        dated[case_id].append((_aware(at), 1, n, mid))
    out: dict[str, list[str]] = {}
    for case_id, rows in dated.items():
        seen: dict[str, None] = {}
        for *_, mid in sorted(rows, key=lambda t: t[:3]):
            seen.pop(mid, None)
            seen[mid] = None
        out[case_id] = list(seen)
    return out


def recipients_for(case: Case | None, agency: Agency) -> list[str]:
    """The responsible person when known and not bouncing, else the agency's official ones."""
    failing = set(case.failing_addresses) if case else set()
    if case and case.responsible and case.responsible.email \
            and case.responsible.email not in failing:
        return [case.responsible.email]
    return [a for a in agency.emails if a not in failing] or list(agency.emails)


class NoRecipient(ValueError):
    """A letter with nobody to send it to: the directory has no usable address."""


# the outgoing number's prefix in the letter's language: Единый контакт-центр, Бірыңғай
# байланыс орталығы (parsers.mime.our_numbers reads both back)
NUMBER_PREFIX = {"ru": "ЕКЦ", "kk": "ББО"}


def allocate_number(conn: Connection, cfg: Config, language: str | None = None) -> str:
    """The next outgoing number of this year, in the caller's transaction, with the prefix of
    the letter's language."""
    prefix = NUMBER_PREFIX.get(language or cfg.language, NUMBER_PREFIX["ru"])
    return repo.next_outgoing_number(conn, local_date(now(), cfg.timezone).year, prefix)


def usable(to: list[str]) -> tuple[list[str], list[str]]:
    """(the valid addresses of `to`, lower-cased, once each; why each of the rest is not)."""
    good: dict[str, None] = {}
    bad: list[str] = []
    for raw in to:
        try:
            good[address(raw)] = None
        except BadAddress as exc:
            bad.append(f"Адрес не использован: {exc}")
    return list(good), bad


def queue_message(
    conn: Connection,
    cfg: Config,
    *,
    kind: str,
    composer: str | None = None,
    context: dict[str, Any],
    to: list[str] | None = None,
    case_id: str | None = None,
    agency_id: str | None = None,
    attachments: list[Attachment] | None = None,
    auto: bool | None = None,
    language: str | None = None,
    transport: str | None = None,
    composer_name: str | None = None,
    outgoing_number: str | None = None,
    thread: list[str] | None = None,
    case: Case | None = None,
    agency: Agency | None = None,
) -> int:
    """Render, number and store one message in the caller's transaction; its outbox id.

    `composer_name` (or `composer`) names the letter (outbound.composers).  Without `to`, the
    case's responsible person (when known and not failing) or the agency's official addresses;
    without `transport`, the agency's e-document folder when it uses one, else SMTP.  `auto`
    defaults to the composer's (False only where a person wrote the words).  `thread`: the
    Message-IDs the letter replies to, oldest first (default: the case's thread; [] starts a
    thread of its own, as a letter to someone who never saw the case's letters does).  `case`
    and `agency` spare the look-ups when the caller has them."""
    name = composer_name or composer or kind
    composers.get(name)  # an unknown letter fails before anything is numbered
    if case is None or case.id != case_id:  # the caller's, when it has them at hand
        case = repo.get_case(conn, case_id) if case_id else None
    agency_id = agency_id or (case.agency_id if case else None)
    if agency is None or agency.agency_id != agency_id:
        agency = repo.get_agency(conn, agency_id) if agency_id else None
    if to is None:
        to = recipients_for(case, agency) if agency else []
    to, bad = usable(to)
    for why in bad:
        record(conn, cfg, kind="operator_attention", case_id=case_id, summary=why)
    if not to:
        raise NoRecipient(f"no e-mail address to send the {name!r} letter to"
                          f"{f' (agency {agency_id})' if agency_id else ''}")
    if transport is None:
        transport = "edoc" if agency is not None and agency.uses_edoc else "smtp"
    lang = language or cfg.language
    number = outgoing_number or allocate_number(conn, cfg, lang)
    order = Order(kind=kind, name=name, language=lang, number=number, to=to, at=now(),
                  context=context, case_id=case_id, agency_id=agency_id, transport=transport,
                  thread=thread_of(conn, case_id) if thread is None else thread, auto=auto,
                  attachments=attachments)
    return store(conn, cfg, [compose_letter(order, Stationery.of(cfg, lang))])[0]


def store(conn: Connection, cfg: Config, letters: list[Letter]) -> list[int]:
    """Store composed letters in the caller's transaction -- their bytes, their outbox rows,
    a `queued` event each -- in three statements for the lot; their outbox ids, in order."""
    if not letters:
        return []
    digests = repo.put_blobs(conn, [letter.raw for letter in letters],
                             [letter.sha256 for letter in letters])
    at = now()
    ids = [int(i) for i in conn.execute(
        insert(outbox).returning(outbox.c.id, sort_by_parameter_order=True),
        [dict(message_id=letter.message_id, outgoing_number=letter.number,
              case_id=letter.case_id, agency_id=letter.agency_id, kind=letter.kind,
              transport=letter.transport, sha256=digest,
              recipients={a: "pending" for a in letter.to}, status="pending", attempts=0,
              next_attempt_at=at, created_at=at)
         for letter, digest in zip(letters, digests, strict=True)]).scalars()]
    record_many(conn, cfg, [
        dict(kind="queued", case_id=letter.case_id, outbox_id=outbox_id,
             paragraph=letter.paragraph,
             summary=f"Письмо «{letter.subject}» поставлено в очередь ({letter.number}) для "
                     f"{', '.join(letter.to)}",
             data={"message_id": letter.message_id, "kind": letter.kind})
        for letter, outbox_id in zip(letters, ids, strict=True)])
    return ids


def queue_report(conn: Connection, cfg: Config, agency_id: str, month: str,
                 attachments: list[Attachment], rows: int | None = None) -> int | None:
    """p.14: the month's Appendix 2 report to one recipient; its outbox id, or None (and the
    operator told) when the directory has no address for it."""
    from outbound.documents.appendix2 import month_words

    agency = repo.get_agency(conn, agency_id)
    is_qc = agency_id == cfg.quality_control_agency
    if agency is None or not agency.emails:
        record(conn, cfg, kind="operator_attention", paragraph="14",
               summary=f"Отчет за {month} не отправлен: в справочнике нет адреса органа "
                       f"{agency_id!r}")
        return None
    language = cfg.language
    name = (agency.name_kk if language == "kk" and agency.name_kk else agency.name_ru)
    return queue_message(
        conn, cfg, kind="report", composer_name="report", agency_id=agency_id,
        to=list(agency.emails), attachments=attachments,
        context={"month_text": month_words(month, language), "rows": rows,
                 "recipient_line": REPORT_TO_QC[language] if is_qc else name})


REPORT_TO_QC = {
    "ru": "В уполномоченный орган по оценке и контролю за качеством оказания государственных "
          "услуг",
    "kk": "Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті "
          "органға",
}


def retry_now(engine: Engine, outbox_id: int) -> str:
    """Operator: send a failed, waiting or doubtful row again now (same Message-ID);
    recipients that accepted it are not sent to again, those in doubt are (the operator asked
    them).  "queued", "missing", or "sent" (nothing left to do)."""
    with engine.begin() as conn:
        row = conn.execute(select(outbox).where(outbox.c.id == outbox_id)
                           .with_for_update()).mappings().first()
        if row is None:
            return "missing"
        recipients = {a: ("pending" if s in ("failed", "bounced", "unknown") else s)
                      for a, s in row["recipients"].items()}
        if all(s == "sent" for s in recipients.values()):
            return "sent"
        conn.execute(update(outbox).where(outbox.c.id == outbox_id).values(
            status="pending", next_attempt_at=now(), recipients=recipients,
            claimed_by=None, claimed_until=None, dot_at=None))
    return "queued"


# bounced: processing.bounces; doubt: gateway.delivery.doubt
STATUSES = ("pending", "unknown", "sent", "failed", "bounced", "doubt")
