"""Whether a letter that is none of the reply kinds still answers the contact centre's
additional request (the Rules' p.10-11: information and explanations the centre asked for).

Why a rule of its own: such an answer has no form and no kind of its own (`other`), so what
closes the centre's p.10 step is the thread it came in plus this check.  In that thread also
come letters that answer nothing the centre asked: a copy of the agency's answer to a citizen or
a journalist, a letter sent by mistake, an auto-reply, a registration notice, a promise to
answer later, a question back, the minutes of a meeting.  Only a letter that speaks to the
centre or of its request, and is none of those, closes the step; the rest are recorded and the
step stays open.
"""

from __future__ import annotations

from understanding.kinds import addressed_elsewhere
from understanding.requirements import reads_as

# what a letter in the p.10 thread may be that is no answer to the centre
NOT_AN_ANSWER = {
    "applicant": "это ответ заявителю, а не контакт-центру",
    "fyi_copy": "это копия письма другому адресату, направленная для сведения",
    "misdirected": "письмо направлено ошибочно",
    "auto_reply": "это автоматический ответ",
    "acknowledge": "это уведомление о получении или обещание ответить позже",
    "question": "это встречный вопрос, а не ответ",
    "newsletter": "это рассылка",
    "invitation": "это приглашение",
}
TO_US = ("contact_centre", "our_request", "request_topic", "this_matter", "information",
         "explanation")


def answers_additional_request(text: str) -> tuple[bool, str]:
    """(True, "") when the text answers the centre's request; else (False, why, in Russian)."""
    if addressed_elsewhere(text):
        return False, "письмо адресовано другому получателю, а не контакт-центру"
    by = reads_as(text)
    for notion, why in NOT_AN_ANSWER.items():
        if by.get(notion):
            return False, why
    if by.get("protocol") and by.get("meeting"):  # the minutes of a meeting, sent in our thread
        return False, "это протокол совещания, а не ответ на запрос"
    if not any(by.get(n) for n in TO_US):
        return False, "в письме нет ни сведений, ни разъяснений, ни ссылки на запрос центра"
    return True, ""
