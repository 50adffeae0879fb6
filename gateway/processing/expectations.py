"""The gateway's side of the understanding seam: each case's Expectation, filled from the store,
and the judgement of every document a message would apply.

Why here: understanding/ knows what documents mean and must not read the store; processing
knows the case.  This module is the only place that turns a case into an Expectation, so what
crosses the seam is visible in one screen.
"""

from __future__ import annotations

from sqlalchemy import Connection

from gateway.domain import ServiceInfo, Step
from gateway.processing.doubts import missing
from gateway.store import repo
from parsers.records import ParsedDocument
from understanding.expectation import Expectation
from understanding.judge import judge


def expectation(conn: Connection, case_id: str, services: list[ServiceInfo],
                ours: dict[str, str], threaded: str | None = None) -> Expectation | None:
    """What the case waits for; None when there is no such case."""
    case = repo.get_case(conn, case_id)
    if case is None:
        return None
    open_additional = any(d.step == Step.additional_request and d.done_on is None
                          for d in case.deadlines)
    return Expectation(case_id=case_id, state=str(case.state),
                       additional_request_open=open_additional,
                       answers=next(iter(ours), None) or ("thread" if threaded == case_id
                                                          else None),
                       named_by_number=any(s.registry_number == case.registry_number
                                           for s in services))


def held_back(conn: Connection, plan: list[tuple[str, int, ParsedDocument, list[ServiceInfo]]],
              ours: dict[str, str], threshold: float, threaded: str | None = None
              ) -> list[str]:
    """Why the message may not be applied on its own: one Russian line per document that
    its case does not expect, or that is not sure enough; empty when all may be applied.
    `threaded`: the case the message answers by tag, thread or e-document reference."""
    reasons: list[str] = []
    for case_id, _, doc, services in plan:
        if doc.kind == "other":
            continue
        exp = expectation(conn, case_id, services, ours, threaded)
        if exp is None:
            continue
        verdict = judge(doc.kind, doc.confidence, doc.part, exp, threshold, missing(doc))
        if not verdict.apply:
            reasons.append(verdict.reason)
    return list(dict.fromkeys(reasons))
