"""The registry of composers: every kind of letter the gateway writes, found by name.

Why a registry: the outbox, the action handlers and the CLI name a letter ("request",
"reminder", ...) and must not each know which Rules paragraph it answers, which facts its
template needs, or whether a person wrote it (no `Auto-Submitted` then).  Each composer is a
small function that derives the template's context from what the caller gave, registered with
`@composer(...)`; a missing fact is one clear error before anything is rendered, never a
half-filled letter.  The words themselves are templates in mappings/templates/.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Context = dict[str, Any]
Prepare = Callable[[Context], Context]


class ComposerError(ValueError):
    """A letter that cannot be written: unknown composer or a missing fact."""


@dataclass(frozen=True)
class Composer:
    name: str
    paragraph: str  # the Rules paragraph the letter acts on
    required: tuple[str, ...]  # context keys the caller must give
    auto: bool  # True: Auto-Submitted: auto-generated (no person wrote the words)
    prepare: Prepare

    def context(self, given: Context) -> Context:
        missing = [k for k in self.required if given.get(k) in (None, "")]
        if missing:
            raise ComposerError(f"the {self.name!r} letter needs {', '.join(missing)}")
        return {"paragraph": self.paragraph} | self.prepare(dict(given))


COMPOSERS: dict[str, Composer] = {}


def composer(name: str, *, paragraph: str, required: tuple[str, ...] = (),
             auto: bool = True) -> Callable[[Prepare], Prepare]:
    """Register the decorated context function as composer `name`."""

    def deco(fn: Prepare) -> Prepare:
        COMPOSERS[name] = Composer(name, paragraph, required, auto, fn)
        return fn

    return deco


def get(name: str) -> Composer:
    try:
        return COMPOSERS[name]
    except KeyError:
        known = ", ".join(sorted(COMPOSERS))
        raise ComposerError(f"no letter called {name!r} (known: {known})") from None


def names() -> list[str]:
    return sorted(COMPOSERS)


def _same(ctx: Context) -> Context:
    return ctx


composer("request", paragraph="4", required=("service", "appointment_due"))(_same)
composer("reminder", paragraph="5",
         required=("service", "step_text", "due", "paragraph"))(_same)


@composer("escalation", paragraph="12", required=("agency", "refusals", "month_text"))
def _escalation(ctx: Context) -> Context:
    """p.12: the refusals' dates and the window they fall in (gateway.toml refusal_month:
    "month", "rolling" or "calendar"); addressed to the authority by its directory name when
    given.  Each refusal: {"on", "subject", "reason", "request"} (our number it answers)."""
    return {"month_mode": "month", "since": None, "until": None, "authority": None} | ctx


composer("escalation_addition", paragraph="12",
         required=("agency", "refusals", "month_text", "first_number"))(_escalation)
composer("change_request", paragraph="6", required=("service", "changed", "due"))(_same)


@composer("protocol", paragraph="8", required=("service", "training_due"))
def _protocol(ctx: Context) -> Context:
    """p.8: the protocol of acceptance goes with this letter, to be signed after training; the
    greeting filters greet a colleague when no name is known, in the letter's language."""
    return {"responsible_name": ""} | {k: v for k, v in ctx.items() if v not in (None, "")}
composer("report", paragraph="14", required=("month_text",))(_same)


@composer("questions", paragraph="8", required=("service", "questions"), auto=False)
def _questions(ctx: Context) -> Context:
    """The operator wrote the questions: no Auto-Submitted; a greeting even without a name."""
    return {"responsible_name": "", "training_due": "—"} | {
        k: v for k, v in ctx.items() if v not in (None, "")}


@composer("additional_request", paragraph="11", required=("service", "questions"))
def _additional(ctx: Context) -> Context:
    """p.10-11: the operator's questions, asked of the agency; an answer date when given."""
    return {"answer_due": None} | ctx


@composer("discrepancy", paragraph="16", required=("agency", "items"))
def _discrepancy(ctx: Context) -> Context:
    """p.16: one explanation per discrepancy between the agency's figures and ours."""
    items = ctx["items"]
    if isinstance(items, str):
        items = [items]
    return {"authority": None} | ctx | {"items": list(items),
                                        "month_text": ctx.get("month_text") or ""}


# the board's watchdog (gateway.web.watchdog) to the operators' own address: a source down, up
composer("watchdog", paragraph="", required=("source", "state", "detail"))(_same)
