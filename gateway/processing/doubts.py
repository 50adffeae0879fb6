"""Why a parsed document is not sure enough to apply on its own: one line, in Russian, that an
operator understands ("письмо похоже на отказ, но причина не найдена").

Why apart from the worker: the parser says how sure it is (`confidence`, 0-1) and the
configuration says how sure is enough (`parse_confidence_threshold`); turning "not sure enough"
into words an operator can act on is a job of its own, from the document's kind and what it
lacks, not from the parser's English warnings.
"""

from __future__ import annotations

from parsers.records import ParsedDocument

KIND_RU = {
    "appendix1_form": "форму приложения 1",
    "change_notice": "уведомление об изменениях",
    "responsible_change": "замену ответственного лица",
    "refusal": "отказ",
    "training_protocol": "протокол обучения",
}


def missing(doc: ParsedDocument) -> str | None:
    """What the document's kind needs and the parser did not find, in words."""
    if doc.kind == "refusal" and not doc.refusal_reason:
        return "причина не найдена"
    if doc.kind == "responsible_change" and not (doc.responsible and doc.responsible.full_name):
        return "новое ответственное лицо не найдено"
    if doc.kind == "training_protocol" and doc.protocol_date is None:
        return "дата протокола не найдена"
    if doc.kind == "training_protocol" and not doc.services:
        return "номера услуг не найдены"
    if doc.kind == "change_notice" and not any(
            s.standard or s.regulation or s.npa_changes or s.website for s in doc.services):
        return "не сказано, что изменилось"
    if doc.kind == "appendix1_form" and any(not s.registry_number for s in doc.services):
        return "в строке формы нет номера услуги в реестре"
    if doc.kind == "appendix1_form" and any(s.responsible is None for s in doc.services):
        return "в строке формы нет ответственного лица"
    return None


def doubt(doc: ParsedDocument, threshold: float) -> str | None:
    """None when `doc` may be applied on its own; else the one-line reason it may not."""
    if doc.kind == "other" or doc.confidence >= threshold:
        return None
    what = KIND_RU.get(doc.kind, doc.kind)
    lacks = missing(doc)
    if lacks:
        return f"{doc.part}: письмо похоже на {what}, но {lacks}"
    runner = next((w for w in doc.warnings if w.startswith("close call")), None)
    sure = f"уверенность {doc.confidence:.2f} ниже порога {threshold:.2f}"
    if runner:
        return f"{doc.part}: не ясно, что это за письмо: похоже на {what}, но и на другое ({sure})"
    return f"{doc.part}: письмо похоже на {what}, но прочитано неуверенно ({sure})"
