"""What a case is waiting for: the one seam through which the case's context enters.

Why a small frozen record: the gateway knows the case (its state, its open steps, which of our
letters a message answers); understanding knows what documents mean.  The gateway fills an
Expectation from its store and asks `judge`; nothing of the store, the engine or the mailbox
crosses into this room, so the judgement is pure and tested with a table.

The table below is the Rules' order of the correspondence read as "what may arrive now":
an appointment or the form after our p.4 request (p.5), a refusal instead (p.11), the signed
protocol once the information came (p.8), a change notice or a replacement once there is
information to change (p.6, p.7), and anything an open p.10 additional request asks for.
"""

from __future__ import annotations

from dataclasses import dataclass

# case state -> the kinds of reply it may take on its own
AWAITED: dict[str, frozenset[str]] = {
    "registered": frozenset({"responsible_change", "appendix1_form", "refusal"}),
    "requested": frozenset({"responsible_change", "appendix1_form", "refusal"}),
    "appointed": frozenset({"responsible_change", "appendix1_form", "refusal"}),
    "info_received": frozenset({"training_protocol", "responsible_change", "change_notice",
                                "appendix1_form", "refusal"}),
    "accepted": frozenset({"responsible_change", "change_notice", "appendix1_form"}),
    "consulting": frozenset({"responsible_change", "change_notice", "appendix1_form"}),
}
# an open p.10 additional request may be answered with any of these
ADDITIONAL_ANSWER = frozenset({"appendix1_form", "change_notice", "refusal"})
STATE_RU = {
    "registered": "услуга внесена в Реестр, запрос ещё не направлен",
    "requested": "ждёт назначения ответственного лица",
    "appointed": "ждёт заполненную форму",
    "info_received": "ждёт протокол обучения",
    "accepted": "протокол подписан, ждёт начала консультирования",
    "consulting": "услуга консультируется",
}


@dataclass(frozen=True)
class Expectation:
    """One case's context for judging a document that names it or answers it."""

    case_id: str
    state: str
    additional_request_open: bool = False  # a p.10 request of ours awaits its answer
    answers: str | None = None  # which of our letters the message answers (outbox kind)
    named_by_number: bool = False  # the document names the case's registry number
    # the document names a registry number, and not the case's: it speaks of another service
    # (a form of another service sent "as a sample", a number this agency has no case of)
    names_other: str | None = None

    @property
    def awaited(self) -> frozenset[str]:
        kinds = AWAITED.get(self.state, frozenset())
        if self.additional_request_open:
            kinds = kinds | ADDITIONAL_ANSWER
        return kinds

    @property
    def in_thread(self) -> bool:
        return self.answers is not None
