"""The order of matching evidence, with a dict for a database: tag, threading headers, the
e-document envelope, then the sender's agency plus registry numbers."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from gateway.processing.matcher import Evidence, Thread, case_for_service, thread_case


@dataclass
class Db:
    """matcher.Lookup over plain dicts."""

    cases: dict[str, tuple[str, str]] = field(default_factory=lambda: {
        "00301138-minjust": ("minjust", "00301138"),
        "00301142-minjust": ("minjust", "00301142"),
        "00701003-mcs": ("mcs", "00701003"),
    })
    sent: dict[str, str] = field(default_factory=lambda: {
        "<request.1@ekc.kz>": "00301138-minjust", "<reminder.2@ekc.kz>": "00701003-mcs"})
    numbers: dict[str, str] = field(default_factory=lambda: {"01-12/7": "00301142-minjust"})

    def case_exists(self, case_id: str) -> bool:
        return case_id in self.cases

    def case_for_message_id(self, message_id: str) -> str | None:
        return self.sent.get(message_id)

    def case_for_outgoing_number(self, number: str) -> str | None:
        return self.numbers.get(number)

    def case_for(self, agency_id: str, registry_number: str) -> str | None:
        return next((c for c, (a, n) in self.cases.items()
                     if a == agency_id and n == registry_number), None)

    def agency_of_case(self, case_id: str) -> str | None:
        return self.cases[case_id][0] if case_id in self.cases else None


THREADS = [
    # (evidence, expected case, words in the explanation)
    (Evidence(subject="Re: [EKC-00301138-minjust] Запрос"), "00301138-minjust", "метка"),
    (Evidence(subject="[EKC-nonexistent] [EKC-00701003-mcs]"), "00701003-mcs", "метка"),
    # the tag wins over threading headers pointing elsewhere
    (Evidence(subject="[EKC-00301142-minjust]", message_ids=["<request.1@ekc.kz>"]),
     "00301142-minjust", "метка"),
    (Evidence(subject="Re: Запрос", message_ids=["<unknown@x>", "<reminder.2@ekc.kz>"]),
     "00701003-mcs", "ответ на наше письмо"),
    (Evidence(subject="[EKC-gone]", message_ids=["<request.1@ekc.kz>"]), "00301138-minjust",
     "ответ"),
    (Evidence(edoc_in_reply_to=" 01-12/7 "), "00301142-minjust", "ЭДО"),
    (Evidence(edoc_in_reply_to="<request.1@ekc.kz>"), "00301138-minjust", "ЭДО"),
    (Evidence(subject="Вопрос", message_ids=["<other@x>"], edoc_in_reply_to="99/1"), None,
     "нет метки"),
    (Evidence(subject="[EKC-] [EKC-a b]"), None, "нет метки"),
]


@pytest.mark.parametrize(("evidence", "case", "how"), THREADS)
def test_thread_case(evidence, case, how):
    thread = thread_case(evidence, Db())
    assert thread.case_id == case
    assert how in thread.how


SERVICES = [
    # (registry number, sender agency, thread case, only service) -> case
    ("00301142", "minjust", None, True, "00301142-minjust"),
    # a number of this agency wins over the thread's case (a form with several services)
    ("00301142", "minjust", "00301138-minjust", False, "00301142-minjust"),
    # another agency's number is not taken from a minjust sender
    ("00701003", "minjust", None, True, None),
    # an unknown number in a single-service document answering a thread: the thread's case
    ("99999999", "minjust", "00301138-minjust", True, "00301138-minjust"),
    # ... but not when the document names several services
    ("99999999", "minjust", "00301138-minjust", False, None),
    # no number at all: the thread's case
    (None, "minjust", "00301138-minjust", False, "00301138-minjust"),
    (None, None, None, True, None),
    # unknown sender: the agency of the thread's case is used for the number
    ("00301142", None, "00301138-minjust", False, "00301142-minjust"),
]


@pytest.mark.parametrize(("number", "agency", "thread_id", "only", "case"), SERVICES)
def test_case_for_service(number, agency, thread_id, only, case):
    thread = Thread(thread_id, "thread")
    found, how = case_for_service(number, Evidence(agency_id=agency), thread, Db(), only)
    assert found == case, how
    assert how
