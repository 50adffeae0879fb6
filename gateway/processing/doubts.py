"""What a parsed document's kind needs and the parser did not find, in Russian words an operator
understands ("причина не найдена"); understanding.judge puts it in the one-line reason.

Why apart from the worker: turning what a document lacks into words an operator can act on is
a job of its own, from the document's kind and fields, not from the parser's English warnings.
"""

from __future__ import annotations

from parsers.records import ParsedDocument
from parsers.reliability import COVERED, second_reader_says

KIND_WORDS = {"appendix1_form": "форма приложения 1", "change_notice": "уведомление об изменениях",
              "responsible_change": "назначение или замена ответственного",
              "refusal": "отказ", "training_protocol": "протокол обучения",
              "other": "письмо, не ответ по делу"}


def missing(doc: ParsedDocument) -> str | None:
    """What the document's kind needs and the parser did not find, in words."""
    if COVERED in doc.warnings:
        return "сопроводительное письмо говорит, что это черновик или копия для сведения"
    if (instead := second_reader_says(doc)) is not None:
        return ("второе чтение (по словам текста) видит в нём скорее: "
                f"{KIND_WORDS.get(instead, instead)}")
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
