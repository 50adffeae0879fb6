"""What an operator reads about a message set aside: one line, the first cause and how many
more, bounded -- and what active content its documents carried.

Why its own module: a reason is shown in `gateway quarantine list`, on the board and in the
status log, one line each.  A nested archive bomb used to give one error per member, 36,787
characters of them; the first cause says what happened, a count says how much more there is,
and `gateway quarantine show` and `gateway parse` still list every error in full.
"""

from __future__ import annotations

from parsers.active import describe_ru
from parsers.records import ParseResult

MAX_REASON = 500  # characters of a quarantine reason


def one_line(text: str, limit: int = MAX_REASON) -> str:
    """`text` on one line (white space and line breaks folded), at most `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def first_and_count(causes: list[str]) -> str:
    """The first cause, and how many more there are."""
    if not causes:
        return ""
    more = len(causes) - 1
    return causes[0] + (f" (и ещё причин: {more})" if more else "")


def parse_errors(parsed: ParseResult) -> str:
    """The parser's errors as one cause and a count."""
    return first_and_count([f"{e.part}: {e.message}" for e in parsed.errors])


def active_content(parsed: ParseResult) -> str:
    """What active content the message's documents carried, in Russian ("" when none): it
    was neither run nor fetched (parsers.active), but an operator should know it was there."""
    found: list[str] = []
    for doc in parsed.documents:
        kinds = [ru for ru in map(describe_ru, doc.warnings) if ru]
        if kinds:
            found.append(f"«{doc.part}»: {'; '.join(dict.fromkeys(kinds))}")
    if not found:
        return ""
    return "активное содержимое не выполнялось и не загружалось — " + first_and_count(found)
