"""Whether a document moves its case with no person: the document's kind and confidence
weighed with what the case expects (`expectation.Expectation`).

Why apart from the parser: the parser says what a document is, from its words alone (that is
`gateway parse`'s contract); whether the gateway may act on it also depends on the case — a
signed protocol moves a case only while the case waits for one, and a reply in the thread of
our own letter, or naming the case's registry number, is likelier to be what it seems.  Every
"no" is one line in Russian that an operator can act on.
"""

from __future__ import annotations

from dataclasses import dataclass

from understanding.expectation import STATE_RU, Expectation

KIND_RU = {
    "appendix1_form": "форму приложения 1",
    "change_notice": "уведомление об изменениях",
    "responsible_change": "назначение или замену ответственного лица",
    "refusal": "отказ",
    "training_protocol": "протокол обучения",
}
# a document that reached its case by the sender's agency alone (no thread, no number of ours,
# no registry number of the case): a little less sure.  A reply in our thread is not made
# surer than the calibration says: round E's non-replies came in our threads as often as replies
NOWHERE = 0.9
# a document that names no service and answers no letter of ours reaches the agency's one case
# awaiting its kind only this sure (gateway.processing.expectations.only_case_awaiting): routed
# at any confidence it gained replies and let decoys through on the training rounds
NOWHERE_SURE = 0.9


@dataclass(frozen=True)
class Judgement:
    apply: bool
    probability: float
    reason: str = ""  # why not, in Russian; empty when applied


def judge(kind: str, confidence: float, part: str, exp: Expectation, threshold: float,
          missing: str | None = None) -> Judgement:
    """Apply the document to exp's case, or hold it for an operator (with why).  `missing`:
    what the document's kind needs and the parser did not find (parser's doubt, in Russian)."""
    what = KIND_RU.get(kind, kind)
    if kind not in exp.awaited:
        state = STATE_RU.get(exp.state, exp.state)
        return Judgement(False, confidence, f"{part}: письмо похоже на {what}, но дело "
                                            f"{exp.case_id} его сейчас не ждёт ({state})")
    if exp.names_other and kind in ("appendix1_form", "change_notice", "training_protocol"):
        # a document of a service's own columns, of another service: however it reached the
        # case (the thread), it is not this service's
        return Judgement(False, confidence, f"{part}: письмо похоже на {what}, но называет "
                                            f"услугу {exp.names_other}, а не услугу дела "
                                            f"{exp.case_id}")
    sure = exp.in_thread or exp.named_by_number
    p = confidence if sure else confidence * NOWHERE
    if missing:  # what the kind requires is not there: however sure, an operator decides
        return Judgement(False, p, f"{part}: письмо похоже на {what}, но {missing}")
    if p < threshold:
        return Judgement(False, p, f"{part}: письмо похоже на {what}, но прочитано неуверенно "
                                   f"(уверенность {p:.2f} ниже порога {threshold:.2f})")
    return Judgement(True, p)
