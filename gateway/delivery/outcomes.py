"""What a delivery outcome does, in the caller's transaction: the outbox row (per recipient,
the next try after a backoff, or given up past the horizon), the status log, and the case (a
delivered request, questions, additional request or escalation is an engine event; a failure
flags the case).

Why apart from the sender (gateway.delivery.sending): the sender decides when an outcome is
recorded -- pipelined while the relay works, again on a fresh connection when the database
dropped it -- and this decides what recording it means; both must be the same however it is
reached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, update
from tenacity import RetryCallState, wait_exponential_jitter

from gateway.calendar import default_calendar, local_date
from gateway.config import Config
from gateway.delivery.outbox import _aware
from gateway.domain import (
    AdditionalRequestSent,
    DeliveryFailed,
    EscalationSent,
    Event,
    RequestSent,
    TrainingQuestionsSent,
)
from gateway.engine.casework import apply_to_case
from gateway.runtime.statuslog import record
from gateway.store.prepared import Prepared
from gateway.store.schema import outbox

WAIT = wait_exponential_jitter(multiplier=30, max=3600, jitter=30)

# the engine event a delivered message of this kind stands for
DELIVERED_EVENT: dict[str, Callable[[str, dt.date, str], Event]] = {
    "request": lambda key, on, mid: RequestSent(key=key, on=on, message_id=mid),
    "questions": lambda key, on, mid: TrainingQuestionsSent(key=key, on=on),
    "additional_request": lambda key, on, mid: AdditionalRequestSent(key=key, on=on,
                                                                    message_id=mid),
    "escalation": lambda key, on, mid: EscalationSent(key=key, on=on, message_id=mid),
}


@dataclass
class DeliverStats:
    attempted: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def _backoff(attempt: int) -> dt.timedelta:
    state = RetryCallState(retry_object=None, fn=None, args=(), kwargs={})  # type: ignore[arg-type]
    state.attempt_number = attempt
    return dt.timedelta(seconds=WAIT(state))


# one statement built once and run on the driver (gateway.store.prepared): the sender's hot
# path, where building it per message, or SQLAlchemy's execution of it, cost more than the
# commit
_SETTLED_COLUMNS = ("recipients", "attempts", "claimed_by", "claimed_until", "last_error",
                    "sent_at", "next_attempt_at", "status", "dot_at")
_SETTLE = Prepared(update(outbox).where(outbox.c.id == bindparam("row_id")).values(
    {c: bindparam(f"new_{c}", type_=outbox.c[c].type) for c in _SETTLED_COLUMNS}))


def settle(conn: Connection, cfg: Config, row: dict[str, Any],
            outcomes: dict[str, tuple[str, str]], at: dt.datetime, stats: DeliverStats
            ) -> Iterator[None]:
    """Write one message's outcome in the caller's transaction: the row, the status log and
    the case.  A generator: it stops where the sender may go back to the wire in between."""
    recipients = dict(row["recipients"])
    for addr, (outcome, _) in outcomes.items():
        recipients[addr] = "failed" if outcome == "permanent" else outcome
    details = "; ".join(f"{a}: {d}" for a, (o, d) in outcomes.items() if o != "sent")
    waiting = [a for a, s in recipients.items() if s in ("pending", "temporary", "unknown")]
    failed = [a for a, s in recipients.items() if s == "failed"]
    attempts = row["attempts"] + 1
    created = _aware(row["created_at"]) or at
    horizon = created + dt.timedelta(hours=cfg.smtp_relay.retry_horizon_hours)
    values: dict[str, Any] = {"recipients": recipients, "attempts": attempts,
                              "claimed_by": None, "claimed_until": None,
                              "last_error": details or None, "sent_at": row.get("sent_at"),
                              "next_attempt_at": row["next_attempt_at"],
                              # an answer clears the mark at the dot; none after the dot keeps
                              # it: the letter is in doubt (gateway.delivery.doubt)
                              "dot_at": row.get("dot_at") if any(
                                  o == "unknown" for o, _ in outcomes.values()) else None}
    give_up = bool(waiting) and at + _backoff(attempts) > horizon
    if waiting and not give_up:
        values |= {"status": "unknown" if "unknown" in recipients.values() else "pending",
                   "next_attempt_at": at + _backoff(attempts)}
        stats.retrying += 1
    elif any(s == "sent" for s in recipients.values()) and not give_up:
        values |= {"status": "sent", "sent_at": at}
        stats.sent += 1
    else:
        values |= {"status": "failed"}
        stats.failed += 1
    today = local_date(at, cfg.timezone)
    _SETTLE.execute(conn, {"row_id": row["id"]} | {f"new_{k}": v for k, v in values.items()})
    yield
    case_id = row["case_id"]
    if values["status"] == "sent":
        record(conn, cfg, kind="sent", case_id=case_id, outbox_id=row["id"],
               summary=f"Письмо {row['outgoing_number']} доставлено: "
                       f"{', '.join(a for a, s in recipients.items() if s == 'sent')}",
               data={"message_id": row["message_id"]})
        make = DELIVERED_EVENT.get(row["kind"])
        if make and case_id:
            apply_to_case(conn, cfg, case_id, make(f"outbox:{row['id']}:sent", today,
                                                   row["message_id"]), default_calendar())
    elif values["status"] in ("pending", "unknown"):
        record(conn, cfg, kind="retry", case_id=case_id, outbox_id=row["id"],
               summary=f"Письмо {row['outgoing_number']}: временная ошибка, повтор "
                       f"({details})")
    if failed or give_up:
        reason = details or "retries exhausted"
        if give_up:
            reason = f"не доставлено за {cfg.smtp_relay.retry_horizon_hours:g} ч: {reason}"
        record(conn, cfg, kind="delivery_failed", case_id=case_id, outbox_id=row["id"],
               summary=f"Письмо {row['outgoing_number']} не доставлено: {reason}")
        if case_id:
            apply_to_case(conn, cfg, case_id, DeliveryFailed(
                key=f"outbox:{row['id']}:failed", on=today, message_id=row["message_id"],
                reason=reason), default_calendar())

