"""Letters in doubt: their final dot went to the relay and no answer was recorded (the sender
was killed between the dot and the commit of the relay's 250, or the connection dropped after
the dot).  The relay may have taken the letter or not; sending it again blindly may deliver it
twice, not sending it may lose it.  So the doubt is settled, never guessed:

- With a journal (`[journal]`): every letter's envelope carries the journal recipient, and the
  relay accepts the recipients of one transaction together (one answer after the dot).  Its
  copy in the journal mailbox (searched over IMAP by Message-ID) proves the relay took the
  letter for every recipient it had accepted: the letter is recorded sent.  No copy within
  `grace_seconds` of the dot (by the database's clock) proves it never took it: the letter is
  sent again, for the first time as far as the relay knows.  A journal that cannot be read
  leaves the letter waiting, claimed by nobody, and is tried again next pass.
- Without one, the letter is held (status `doubt`) and the operator told in one line: they
  ask the recipient and send it again (`gateway outbox retry ID`) or leave it.

Why here, apart from the sender: the sender's job is the wire; this is reading evidence.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from typing import Any

from imapclient import IMAPClient
from sqlalchemy import Connection, bindparam, update

from gateway.config import Config, Journal
from gateway.delivery.outbox import _aware
from gateway.runtime.statuslog import record
from gateway.store.dbclock import db_now
from gateway.store.schema import outbox

log = logging.getLogger(__name__)

CONFIRMED = "принято релеем: копия письма найдена в журнале"


def in_journal(journal: Journal, message_ids: list[str]) -> set[str] | None:
    """Which of `message_ids` have a copy in the journal folder; None when it cannot be read."""
    found: set[str] = set()
    try:
        client = IMAPClient(journal.host, port=journal.port, ssl=journal.ssl,
                            timeout=journal.timeout_seconds)
    except Exception as exc:  # noqa: BLE001 - any failure: the journal cannot be read now
        log.warning("journal %s:%s cannot be reached (%s: %s)", journal.host, journal.port,
                    type(exc).__name__, exc)
        return None
    try:
        client.login(journal.username, journal.password())
        client.select_folder(journal.folder, readonly=True)
        for mid in message_ids:
            if client.search(["HEADER", "Message-ID", mid]):
                found.add(mid)
    except Exception as exc:  # noqa: BLE001 - any failure: the journal cannot be read now
        log.warning("journal %s/%s cannot be read (%s: %s)", journal.username, journal.folder,
                    type(exc).__name__, exc)
        return None
    finally:
        with contextlib.suppress(Exception):
            client.logout()
    return found


_HOLD = update(outbox).where(outbox.c.id == bindparam("row_id")).where(
    outbox.c.claimed_by == bindparam("me")).values(
    status="doubt", claimed_by=None, claimed_until=None, last_error=bindparam("reason"))
_RESEND = update(outbox).where(outbox.c.id == bindparam("row_id")).where(
    outbox.c.claimed_by == bindparam("me")).values(
    dot_at=None, recipients=bindparam("recipients", type_=outbox.c.recipients.type))
_LATER = update(outbox).where(outbox.c.id == bindparam("row_id")).where(
    outbox.c.claimed_by == bindparam("me")).values(claimed_by=None, claimed_until=None,
                                                   next_attempt_at=bindparam("due"))
LOOK_AGAIN = dt.timedelta(seconds=30)  # a letter waiting for the journal is looked up so often


def hold_reason(row: dict[str, Any], why: str = "") -> str:
    return (f"Письмо {row['outgoing_number']} ({row['message_id']}): ответ релея после "
            f"отправки не получен{why}, доставлено ли оно — неизвестно; проверьте у "
            f"получателя и при необходимости отправьте снова: gateway outbox retry {row['id']}")


def _hold(conn: Connection, cfg: Config, instance: str, row: dict[str, Any], why: str = ""
          ) -> None:
    reason = hold_reason(row, why)
    conn.execute(_HOLD, {"row_id": row["id"], "me": instance, "reason": reason})
    record(conn, cfg, kind="operator_attention", case_id=row["case_id"], outbox_id=row["id"],
           summary=reason)


def settle_doubts(conn: Connection, cfg: Config, instance: str, rows: list[dict[str, Any]],
                  at: dt.datetime) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Decide each claimed row in doubt (its `dot_at` set), in the caller's transaction:
    (confirmed by the journal -- the caller records them sent, to send again now).  The rest
    are held for an operator (no journal, or one unreadable past the retry horizon) or given
    back to be looked up again in LOOK_AGAIN (by the outbox's clock, `at`)."""
    confirmed: list[dict[str, Any]] = []
    resend: list[dict[str, Any]] = []
    journal = cfg.journal
    if journal is None:
        for row in rows:
            _hold(conn, cfg, instance, row)
        return confirmed, resend
    found = in_journal(journal, [r["message_id"] for r in rows])
    now = db_now(conn)
    for row in rows:
        if found is not None and row["message_id"] in found:
            log.warning("outbox row %s: in doubt, its journal copy found: recorded as sent",
                        row["id"])
            confirmed.append(row)
            continue
        dot_at = _aware(row["dot_at"])
        assert dot_at is not None
        waited = now - dot_at
        if found is None and waited > dt.timedelta(hours=cfg.smtp_relay.retry_horizon_hours):
            _hold(conn, cfg, instance, row, " и журнал не читается")
            continue
        if found is None or waited < dt.timedelta(seconds=journal.grace_seconds):
            conn.execute(_LATER, {"row_id": row["id"], "me": instance,
                                  "due": at + LOOK_AGAIN})  # wait for the journal
            continue
        recipients = {a: ("pending" if s == "unknown" else s)
                      for a, s in row["recipients"].items()}
        conn.execute(_RESEND, {"row_id": row["id"], "me": instance, "recipients": recipients})
        log.warning("outbox row %s: in doubt, no journal copy %.0f s after its dot: the relay "
                    "never took it, sent again", row["id"], (now - dot_at).total_seconds())
        resend.append(row | {"dot_at": None, "recipients": recipients})
    return confirmed, resend
