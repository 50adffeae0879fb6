"""An operator's decision on a quarantined message: release it (processed again, trusted by the
operator's word, optionally routed to a case) or reject it (it stays stored).

Why one place: the CLI (`gateway quarantine release|reject`) and the board (gateway.web) decide
the same way, and processing reads the release back from the status log (the event
`operator_release`), so the wording of that event is processing's business.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select, update

from gateway.config import Config
from gateway.processing.reasons import one_line
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.schema import inbound


class DecisionError(ValueError):
    """The decision cannot be made; the message says why, for a person, in English (the
    CLI's words); `code` and `facts` let the board say it in the operator's language."""

    def __init__(self, message: str, code: str = "refused", **facts: Any) -> None:
        super().__init__(message)
        self.code, self.facts = code, facts


def quarantined(engine: Engine, inbound_id: int) -> dict[str, Any]:
    """The inbound row, which must be waiting in quarantine."""
    with engine.connect() as conn:
        row = conn.execute(select(inbound).where(inbound.c.id == inbound_id)).mappings().first()
    if row is None:
        raise DecisionError(f"there is no inbound message #{inbound_id}", "no_letter",
                            id=inbound_id)
    if row["status"] != "quarantined":
        raise DecisionError(f"message #{inbound_id} is {row['status']}, not quarantined",
                            "not_quarantined", id=inbound_id, status=row["status"])
    return dict(row)


def release(engine: Engine, cfg: Config, inbound_id: int, operator: str,
            case: str | None = None, reason: str = "") -> None:
    """Put the message back to be processed (routed to `case` when given), with who and why."""
    row = quarantined(engine, inbound_id)
    with engine.begin() as conn:
        if case and repo.get_case(conn, case) is None:
            raise DecisionError(f"there is no case {case!r}", "no_case", case=case)
        # the decision lives in the status log (processing reads it there), not in the
        # row's meta, which a sender's e-document envelope fills
        done = conn.execute(update(inbound).where(inbound.c.id == inbound_id)
                            .where(inbound.c.status == "quarantined").values(
            status="pending", attempts=0, last_error=None, quarantine_reason=None,
            claimed_by=None, claimed_until=None)).rowcount
        if not done:
            raise DecisionError(f"message #{inbound_id} was changed meanwhile; look again",
                                "changed", id=inbound_id)
        data: dict[str, Any] = {"by": operator, "case": case,
                                "reason_was": row["quarantine_reason"]}
        if reason.strip():
            data["reason"] = reason.strip()
        record(conn, cfg, kind="operator_release", inbound_id=inbound_id, case_id=case,
               data=data,
               summary=f"Оператор {operator} выпустил письмо #{inbound_id} из карантина"
                       + (f" в дело {case}" if case else "")
                       + (f": {reason.strip()}" if reason.strip() else ""))


def reject(engine: Engine, cfg: Config, inbound_id: int, operator: str, reason: str) -> None:
    """Set the message aside for good (it stays stored), with who and why."""
    if not reason.strip():
        raise DecisionError("the reason must say why the message is rejected",
                            "empty_reason")
    row = quarantined(engine, inbound_id)
    with engine.begin() as conn:
        done = conn.execute(update(inbound).where(inbound.c.id == inbound_id)
                            .where(inbound.c.status == "quarantined").values(
            status="rejected",
            quarantine_reason=one_line(f"rejected by {operator}: {reason.strip()}"))).rowcount
        if not done:
            raise DecisionError(f"message #{inbound_id} was changed meanwhile; look again",
                                "changed", id=inbound_id)
        record(conn, cfg, kind="operator_reject", inbound_id=inbound_id,
               data={"by": operator, "reason": reason.strip(),
                     "reason_was": row["quarantine_reason"]},
               summary=f"Оператор {operator} отклонил письмо #{inbound_id}: {reason.strip()}")
