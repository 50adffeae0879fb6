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
from understanding.expectation import AWAITED, Expectation
from understanding.judge import NOWHERE_SURE, judge
from understanding.names import same_person

# (case, document index, document, its services for that case): what a message would apply
Plan = list[tuple[str, int, ParsedDocument, list[ServiceInfo]]]


def expectation(conn: Connection, case_id: str, services: list[ServiceInfo],
                ours: dict[str, str], threaded: str | None = None) -> Expectation | None:
    """What the case waits for; None when there is no such case."""
    case = repo.get_case(conn, case_id)
    if case is None:
        return None
    open_additional = any(d.step == Step.additional_request and d.done_on is None
                          for d in case.deadlines)
    numbers = [s.registry_number.zfill(8) for s in services if s.registry_number]
    return Expectation(case_id=case_id, state=str(case.state),
                       additional_request_open=open_additional,
                       answers=next(iter(ours), None) or ("thread" if threaded == case_id
                                                          else None),
                       named_by_number=case.registry_number in numbers,
                       names_other=numbers[0] if numbers and case.registry_number not in numbers
                       else None)


def held_back(conn: Connection, plan: Plan,
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


def covered_by_forms(plan: Plan, threshold: float) -> Plan:
    """The plan without an unsure covering note about the responsible person that a sure form of
    the same message, for the same case, already carries ("Направляем форму. Ответственное лицо —
    Жумабаев Е.Т." over the form whose column 8 names him): the form is the answer (p.5 and
    column 8), the note only says so.  A note naming someone the form does not stays, and holds
    the message as before."""
    forms: dict[str, list[str]] = {}
    for case_id, _, doc, _ in plan:
        if doc.kind == "appendix1_form" and doc.confidence >= threshold:
            forms.setdefault(case_id, []).extend(
                s.responsible.full_name for s in doc.services
                if s.responsible and s.responsible.full_name)
    if not forms:
        return plan

    def covered(case_id: str, doc: ParsedDocument) -> bool:
        if doc.kind != "responsible_change" or doc.confidence >= threshold \
                or case_id not in forms:
            return False
        new = doc.responsible.full_name if doc.responsible else None
        return new is None or any(same_person(new, p) for p in forms[case_id])

    return [step for step in plan if not covered(step[0], step[2])]


def only_case_awaiting(cases: list[tuple[str, str]], doc: ParsedDocument) -> str | None:
    """The agency's one case whose state awaits a document of doc's kind, when exactly one does
    and the document is sure (NOWHERE_SURE): a letter that names no service and answers no
    letter of ours still has an obvious case (an agency with one service waiting for its
    protocol).  None when none or several do, or the document is less sure."""
    if doc.kind == "other" or doc.confidence < NOWHERE_SURE:
        return None
    waiting = [case_id for case_id, state in cases if doc.kind in AWAITED.get(str(state), ())]
    return waiting[0] if len(waiting) == 1 else None


def cases_of_person(cases: list[tuple[str, str, str | None]], doc: ParsedDocument) -> list[str]:
    """The agency's cases a sure letter about its responsible person is for, when it names no
    service and answers no letter of ours (`cases`: id, state, the responsible person's name).
    Naming the person it replaces, it needs no more than any letter naming its service;
    otherwise it must be NOWHERE_SURE.

    The Rules' person is the agency's correspondent: a replacement (p.7) is for every case whose
    responsible is the person it replaces, when it names that person, and none of them matching
    is a reason to wait; naming no one, it is for the cases waiting for an appointment (p.5:
    the answer to our request), else for every case of the agency when they all have one and
    the same person.  Several people in the agency's cases, with none named: nothing."""
    if doc.kind != "responsible_change":
        return []
    taking = [(c, state, who) for c, state, who in cases if doc.kind in AWAITED.get(state, ())]
    previous = doc.previous_responsible.full_name if doc.previous_responsible else None
    if previous:
        # the case's own person named as the one replaced is the case's context agreeing: the
        # threshold the judge applies is enough, as for a letter that names the service
        return [c for c, _, who in taking if who and same_person(who, previous)]
    if doc.confidence < NOWHERE_SURE:
        return []
    waiting = [c for c, state, _ in taking if state == "requested"]
    if waiting:
        return waiting
    people = {" ".join(who.casefold().split()) for _, _, who in taking if who}
    return [c for c, _, who in taking if who] if len(people) == 1 else []
