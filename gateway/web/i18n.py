"""The board's words in Russian (the default) and Kazakh (an operator's choice), and its dates:
`dd.mm.yyyy`, times in the configured zone.

Why a table here and not gettext: the board has a few dozen labels; one dict per language keeps
them reviewable side by side, and a missing Kazakh word falls back to the Russian one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

RU: dict[str, str] = {
    "title": "ЕКЦ: доска операторов", "dashboard": "Сводка", "cases": "Дела",
    "quarantine": "Карантин", "outbox": "Исходящие", "log": "Журнал", "logout": "Выйти",
    "login": "Вход", "username": "Имя", "password": "Пароль", "sign_in": "Войти",
    "bad_login": "Неверное имя или пароль.",
    "locked": "Слишком много неудачных попыток; попробуйте позже.",
    "state": "Состояние", "agency": "Орган", "registry_number": "Номер в Реестре",
    "service": "Услуга", "next_deadline": "Ближайший срок", "overdue": "Просрочено",
    "only_overdue": "только просроченные", "search": "Поиск (номер или название)",
    "filter": "Показать", "all": "все", "page": "Стр.", "of": "из", "prev": "← назад",
    "next": "вперёд →", "cases_per_state": "Дела по состояниям",
    "overdue_by_paragraph": "Просрочено по пунктам Правил", "quarantined": "В карантине",
    "outbox_counts": "Исходящие письма", "sources": "Источники", "instances": "Экземпляры",
    "last_worked": "последняя работа", "never": "никогда", "alive": "работает",
    "silent": "молчит", "degraded": "сбой", "ok": "в порядке", "timeline": "Сроки",
    "step": "Шаг", "paragraph": "Пункт", "due": "Срок", "done": "Выполнено", "why": "Почему",
    "open": "открыт", "done_late": "выполнено с опозданием", "versions": "Версии информации",
    "messages": "Письма", "incoming": "входящее", "outgoing": "исходящее",
    "download_eml": "исходное .eml", "documents": "Документы", "parsed": "Разобранная запись",
    "signatures": "Электронные подписи",
    "responsible": "Ответственный", "not_named": "не назначен", "reason": "Причина",
    "sender": "Отправитель", "subject": "Тема", "received": "Получено",
    "release_to": "Выпустить в дело", "release": "Выпустить", "reject": "Отклонить",
    "your_reason": "Ваша причина", "status": "Статус", "recipients": "Получатели",
    "retry": "Повторить", "questions": "Вопросы к обучению (п.8)",
    "send_questions": "Отправить вопросы", "tasks": "Задачи (п.15-16)",
    "send_explanation": "Направить пояснение (п.16)", "month": "Месяц отчёта (ГГГГ-ММ)",
    "one_per_paragraph": "одно пояснение на абзац, абзацы через пустую строку",
    "protocol": "Подписанный протокол (п.8)",
    "record_protocol": "Зарегистрировать протокол",
    "additional_request": "Дополнительный запрос (п.10-11)", "send_request": "Отправить запрос",
    "answer": "Ответ на дополнительный запрос, полученный иначе (п.10)",
    "answer_to": "наш исходящий номер запроса", "record_answer": "Зарегистрировать ответ",
    "done_msg": "Готово.", "language": "Язык",
    "forbidden": "Недостаточно прав: роль «наблюдатель» только смотрит.",
    "changes": "Изменения", "empty": "Пусто.", "kind": "Вид", "live": "обновляется вживую",
    "history": "История", "case": "Дело", "number": "Номер", "attempts": "Попытки",
    "error": "Ошибка", "registered": "внесена в Реестр", "requested": "запрос направлен",
    "appointed": "ответственный назначен", "info_received": "информация получена",
    "accepted": "протокол подписан", "consulting": "консультирование",
    "step_request": "запрос (Приложение 1)", "step_appointment": "назначение ответственного",
    "step_information": "представление информации", "step_training": "обучение и протокол",
    "step_consulting_start": "начало консультирования",
    "step_change_update": "обновление информации", "step_responsible_update":
    "уведомление о замене ответственного", "step_escalation": "эскалация отказов",
    "reports": "Отчёты", "reports_none": "Отчётов ещё нет: gateway report monthly.",
    "internal_error": "Внутренняя ошибка доски (код {code}); подробности в журнале сервера.",
}
KK: dict[str, str] = {
    "title": "БКО: операторлар тақтасы", "dashboard": "Жиынтық", "cases": "Істер",
    "quarantine": "Карантин", "outbox": "Шығыс хаттар", "log": "Журнал", "logout": "Шығу",
    "login": "Кіру", "username": "Аты", "password": "Құпиясөз", "sign_in": "Кіру",
    "bad_login": "Аты немесе құпиясөз қате.",
    "state": "Күйі", "agency": "Орган", "registry_number": "Тізілімдегі нөмірі",
    "service": "Қызмет", "next_deadline": "Жақын мерзім", "overdue": "Мерзімі өтті",
    "search": "Іздеу (нөмір немесе атауы)", "filter": "Көрсету", "all": "барлығы",
    "prev": "← артқа", "next": "алға →", "quarantined": "Карантинде",
    "sources": "Көздер", "never": "ешқашан", "ok": "қалыпты", "degraded": "ақау",
    "timeline": "Мерзімдер", "step": "Қадам", "paragraph": "Тармақ", "due": "Мерзім",
    "done": "Орындалды", "why": "Неліктен", "messages": "Хаттар", "documents": "Құжаттар",
    "signatures": "Электрондық қолтаңбалар",
    "reason": "Себебі", "sender": "Жіберуші", "subject": "Тақырып", "release": "Шығару",
    "reject": "Қабылдамау", "your_reason": "Сіздің себебіңіз", "status": "Мәртебесі",
    "retry": "Қайталау", "language": "Тіл", "reports": "Есептер", "history": "Тарих", "case": "Іс",
}
WORDS = {"ru": RU, "kk": KK}


def words(language: str) -> Callable[[str], str]:
    table = WORDS.get(language, RU)

    def t(key: str) -> str:
        return table.get(key) or RU.get(key) or key

    return t


def day(value: dt.date | str | None) -> str:
    """dd.mm.yyyy, or an em dash."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime("%d.%m.%Y")


def moment(zone: str) -> Callable[[dt.datetime | None], str]:
    """dd.mm.yyyy HH:MM in `zone` (stored times are UTC; SQLite returns them naive)."""
    tz = ZoneInfo(zone)

    def fmt(value: dt.datetime | str | None) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.astimezone(tz).strftime("%d.%m.%Y %H:%M")

    return fmt
