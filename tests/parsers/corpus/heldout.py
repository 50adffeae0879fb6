"""Wordings written after the parser was built, to check it on phrasings it had not seen: each
kind said once more in other words.  Measured before any change to the parser they scored
0.725 of fields and 0.717 of kinds (their letters, seed 99, 60 documents); the parser was then
made to generalise (a stem anywhere in the clause, "не может", "закреплен", a name followed
by "более не является", letterheads weighed less for the language), and they joined the mix."""

from __future__ import annotations

import random

from tests.parsers.corpus import vocab as v
from tests.parsers.corpus.letters import Letter, _eff_ru
from tests.parsers.corpus.notices import NULLS


def replacement(rng: random.Random) -> Letter:
    kazakh = rng.random() < 0.35
    new, prev = v.person(rng, kazakh), v.person(rng, kazakh)
    (reg, _, _), = v.services(rng, 1)
    eff = v.some_date(rng)
    slots = {"new": new.full, "npos": new.position, "ph": new.phone_written, "em": new.email,
             "prev": prev.full, "reg": reg, "eff": _eff_ru(rng, eff)}
    if kazakh:
        slots["eff"] = f"{eff:%d.%m.%Y} бастап"
        frame = ("№ {reg} қызмет бойынша жауапты тұлға өзгерді: {eff} жаңа жауапты маман — {new}, "
                 "{npos}. Тел.: {ph}, e-mail: {em}. {prev} бұдан былай жауапты емес.")
    else:
        frame = ("Доводим до сведения, что {eff} ответственным за предоставление информации по "
                 "услуге № {reg} является {new}, {npos}. Контакты: {ph}; {em}.\n"
                 "Ранее закрепленный сотрудник {prev} переведен в другое подразделение.")
    expected = {"kind": "responsible_change", "effective_date": eff.isoformat(),
                "responsible": {"full_name": new.full, "position": new.position,
                                "phone": new.phone, "email": new.email.lower()},
                "previous_responsible": {"full_name": prev.full},
                "services": [{"registry_number": reg}]}
    return Letter(frame, slots, expected, "kk" if kazakh else "ru")


def refusal(rng: random.Random) -> Letter:
    kazakh = rng.random() < 0.35
    (reg, _, _), = v.services(rng, 1)
    if kazakh:
        reason, ground = "бұл мәліметтер коммерциялық құпия болып табылады", "commercial_secret"
        frame = "№ {reg} қызмет бойынша ақпарат берілмейді, өйткені {reason}."
    else:
        reason, ground = rng.choice([
            ("указанные сведения относятся к служебной тайне", "protected_secret"),
            ("данный вопрос находится вне компетенции Департамента", "not_competent"),
            ("сведения содержат информацию, отнесенную к государственным секретам",
             "state_secret")])
        frame = ("Запрашиваемая информация по услуге № {reg} предоставлена быть не может в силу "
                 "того, что {reason}.")
    expected = {"kind": "refusal", "refusal_reason": reason, "refusal_ground": ground,
                "services": [{"registry_number": reg}]}
    return Letter(frame, {"reg": reg, "reason": reason}, expected, "kk" if kazakh else "ru")


def change(rng: random.Random) -> Letter:
    (reg, _, _), = v.services(rng, 1)
    cd = v.some_date(rng)
    act, _ = v.act_ru(rng, "приказом")
    frame = ("Сведения о государственной услуге № {reg} обновлены: с {cd} действует новый "
             "регламент, утвержденный {act}.")
    expected = {"kind": "change_notice", "change_date": cd.isoformat(), "services": [
        {"registry_number": reg, **NULLS, "regulation": act}]}
    return Letter(frame, {"reg": reg, "cd": f"{cd:%d.%m.%Y}", "act": act}, expected)


def protocol(rng: random.Random) -> Letter:
    chosen = v.services(rng, rng.randint(1, 3))
    d = v.some_date(rng)
    listing = "\n".join(f"- {s[0]} {s[1]}" for s in chosen)
    frame = (f"ПРОТОКОЛ СОГЛАСОВАНИЯ\nконсультирования по государственным услугам\n\n"
             f"{v.date_ru(rng, d, 1)}\n\nСтороны подтверждают, что сотрудники Единого "
             f"контакт-центра ознакомлены со следующими услугами:\n{listing}\n\n"
             f"Подписи сторон: ________")
    expected = {"kind": "training_protocol", "protocol_date": d.isoformat(),
                "services": [{"registry_number": s[0]} for s in chosen]}
    return Letter(frame, {}, expected)


def other(rng: random.Random) -> Letter:
    frame = rng.choice(["Просим разъяснить порядок заполнения приложения 1 к Правилам.",
                        "Направляем информацию для сведения. Изменений в составе услуг не "
                        "планируется.",
                        "Сообщаем, что замена ответственного лица по услугам не планируется."])
    return Letter(frame, {}, {"kind": "other"})


FAMILY = (replacement, refusal, change, protocol, other)
