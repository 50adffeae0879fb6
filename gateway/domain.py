"""The vocabulary every module shares: agencies, services, cases, people, versions, events, actions.

Why one module: parsers, the engine, the store, the sources and the composers all speak of the
same things; keeping their shapes here (and importing nothing else of the project) means no
module has to know another's internals to hand it a value.  Everything is a pydantic model so it
validates on the way in and serialises to JSON (the store keeps a case as JSON) on the way out.

Paragraph numbers (p.N) are those of the Rules (order No. 130 of 18.02.2015, rules-ru.txt).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    """Base: immutable-by-convention values that refuse unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False,
                              defer_build=True)


# ---------------------------------------------------------------------------------------------
# Directory and registry


class AgencyKind(StrEnum):
    central = "central"  # центральный государственный орган
    local = "local"  # местный исполнительный орган (акимат)
    other = "other"  # иной услугодатель; the quality-control authority is one too


class Agency(Model):
    agency_id: str
    name_ru: str
    name_kk: str = ""
    kind: AgencyKind
    region: str = ""
    emails: list[str] = Field(default_factory=list)  # official addresses, lower case
    domains: list[str] = Field(default_factory=list)  # sender domains, lower case
    uses_edoc: bool = False  # the agency exchanges through the e-document folder
    # БИН, 12 digits: an e-signature vouches for the agency's letter only when its
    # certificate names this BIN (issue #22); "" when the directory does not say
    bin: str = ""


class Service(Model):
    """One row of the Registry of public services, at one agency (p.3)."""

    registry_number: str
    agency_id: str
    name_ru: str
    name_kk: str = ""
    standard: str = ""
    registered_on: dt.date


class ResponsiblePerson(Model):
    """The agency's responsible person (p.5), as column 8 of Appendix 1 or a p.7 notice names."""

    full_name: str | None = None
    position: str | None = None
    email: str | None = None
    phone: str | None = None


class ServiceInfo(Model):
    """One row of the filled Appendix 1 form: columns 2-8."""

    registry_number: str | None = None  # col. 2
    service_name: str | None = None  # col. 3
    standard: str | None = None  # col. 4
    regulation: str | None = None  # col. 5
    npa_changes: str | None = None  # col. 6
    website: str | None = None  # col. 7
    responsible: ResponsiblePerson | None = None  # col. 8


INFO_FIELDS = ("service_name", "standard", "regulation", "npa_changes", "website")


class InfoVersion(Model):
    """A version of the information the agency gave for a case (p.5, p.6)."""

    version: int
    info: ServiceInfo
    received_on: dt.date
    inbound_id: int | None = None  # the inbound message it came from
    changed_on: dt.date | None = None  # for p.6: the date of the change itself, if stated
    diff: dict[str, tuple[str | None, str | None]] = Field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# The case and its deadlines


class CaseState(StrEnum):
    registered = "registered"  # p.3: in the Registry, standard approved
    requested = "requested"  # p.4: Appendix 1 request sent
    appointed = "appointed"  # p.5: responsible person named
    info_received = "info_received"  # p.5: filled form received
    accepted = "accepted"  # p.8: protocol signed
    consulting = "consulting"  # p.9: the contact centre consults on the service


class Step(StrEnum):
    request = "request"  # p.4
    appointment = "appointment"  # p.5
    information = "information"  # p.5
    training = "training"  # p.8
    consulting_start = "consulting_start"  # p.9
    change_update = "change_update"  # p.6
    responsible_update = "responsible_update"  # p.7
    escalation = "escalation"  # p.12
    additional_request = "additional_request"  # p.10-11: an additional request answered


STEP_PARAGRAPH: dict[Step, str] = {
    Step.request: "4",
    Step.appointment: "5",
    Step.information: "5",
    Step.training: "8",
    Step.consulting_start: "9",
    Step.change_update: "6",
    Step.responsible_update: "7",
    Step.escalation: "12",
    Step.additional_request: "10",
}

# what a step's count starts from, when the day can come from several places (p.6, p.7):
# the document's own date of the change or replacement, the letter's outgoing date, the
# e-document's registration date, the Registry import that showed the change, or arrival
Basis = Literal["document", "letter", "edoc", "registry", "arrival"]


class Deadline(Model):
    step: Step
    paragraph: str
    start: dt.date  # the day the count starts from
    working_days: int  # N of "within N working days"
    due: dt.date  # the last working day on which the step is still on time
    done_on: dt.date | None = None
    reason: str = ""  # one line for people, in Russian: why this date (engine.deadlines)
    basis: Basis | None = None  # p.6/p.7: which date the count starts from
    ref: str | None = None  # the Message-ID of our letter the step waits on (p.10, p.12)
    note: str = ""  # what the step is about, for people (e.g. the refusal escalated)
    reminders: list[dt.date] = Field(default_factory=list)  # the days a reminder went for it
    refused: str | None = None  # a lawful refusal's ground (p.11 sub. 1): no reminder then
    # why the step was closed without being done (engine.deadlines.CLOSED_TEXT): never overdue
    closed: str | None = None

    def overdue_on(self, today: dt.date) -> bool:
        if self.closed is not None:
            return False
        if self.done_on is not None:
            return self.done_on > self.due
        return today > self.due


class Case(Model):
    """One public service at one agency and where its correspondence stands."""

    id: str  # "<registry_number>-<agency_id>"
    registry_number: str
    agency_id: str
    state: CaseState = CaseState.registered
    registered_on: dt.date
    responsible: ResponsiblePerson | None = None
    deadlines: list[Deadline] = Field(default_factory=list)
    info_versions: list[InfoVersion] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)  # things an operator must look at
    failing_addresses: list[str] = Field(default_factory=list)  # bounced (DSN) addresses
    last_reminder_on: dt.date | None = None
    seen_event_keys: list[str] = Field(default_factory=list)  # idempotence: events applied

    @staticmethod
    def make_id(registry_number: str, agency_id: str) -> str:
        return f"{registry_number}-{agency_id}"

    def deadline(self, step: Step) -> Deadline | None:
        """The latest deadline of a step (p.6/p.7 steps can recur)."""
        found = [d for d in self.deadlines if d.step == step]
        return found[-1] if found else None


# ---------------------------------------------------------------------------------------------
# Appendix 2: the monthly analytical report (p.14)


class Appeal(Model):
    """A complaint or appeal the contact centre handled: one row of Appendix 2 (columns 2-9)."""

    received_at: dt.datetime  # col. 2
    forum_responsible: str  # col. 3
    region: str  # col. 4
    applicant: str  # col. 5
    nature: str  # col. 6
    content: str  # col. 6 (содержание)
    measures: str  # col. 7, with the request number
    standard_violation: str = ""  # col. 8
    staff_action: str = ""  # col. 9
    agency_id: str
    registry_number: str | None = None


# ---------------------------------------------------------------------------------------------
# Engine input: events.  Each carries `key`, unique per real-world occurrence, so applying the
# same event twice changes nothing (the engine records applied keys on the case).


class EventBase(Model):
    key: str  # idempotence key, e.g. "inbound:42" or "tick:2026-03-27"
    on: dt.date  # the local date it happened


class Registered(EventBase):
    type: Literal["registered"] = "registered"


class RequestSent(EventBase):
    """The p.4 request was accepted by the agency's mail server (or written to its e-doc box)."""

    type: Literal["request_sent"] = "request_sent"
    message_id: str | None = None


class ResponsibleNamed(EventBase):
    """p.5 appointment, or p.7 replacement when a responsible person is already known.
    `replaced_on` is the day the letter dates it by (`dated_by` says how): p.7 counts from it
    whatever its source, p.5 only from the appointment's own date the letter states
    ("document")."""

    type: Literal["responsible_named"] = "responsible_named"
    person: ResponsiblePerson
    previous: ResponsiblePerson | None = None
    replaced_on: dt.date | None = None  # the date of the replacement itself, if stated
    dated_by: Basis | None = None  # where `replaced_on` came from
    inbound_id: int | None = None


class InformationReceived(EventBase):
    """A filled Appendix 1 row (p.5) or a change notice / revised form (p.6)."""

    type: Literal["information_received"] = "information_received"
    info: ServiceInfo
    is_change_notice: bool = False
    changed_on: dt.date | None = None
    dated_by: Basis | None = None  # where `changed_on` came from
    inbound_id: int | None = None


class RegistryChanged(EventBase):
    """p.3, p.6: a Registry import changed the service's standard or regulation; the
    responsible person owes the updated information within 5 WD of the change."""

    type: Literal["registry_changed"] = "registry_changed"
    fields: dict[str, tuple[str | None, str | None]] = Field(default_factory=dict)


class TrainingQuestionsSent(EventBase):
    type: Literal["training_questions_sent"] = "training_questions_sent"


class ProtocolSigned(EventBase):
    type: Literal["protocol_signed"] = "protocol_signed"
    protocol_date: dt.date | None = None
    inbound_id: int | None = None


class ConsultingStarted(EventBase):
    type: Literal["consulting_started"] = "consulting_started"


class AdditionalRequestSent(EventBase):
    """p.10: our additional request was delivered; the answer is tracked as its own step."""

    type: Literal["additional_request_sent"] = "additional_request_sent"
    message_id: str | None = None


class AdditionalAnswerReceived(EventBase):
    """p.10-11: the agency's answer to an additional request (`answers`: its Message-ID)."""

    type: Literal["additional_answer_received"] = "additional_answer_received"
    answers: str | None = None
    inbound_id: int | None = None


LAWFUL_GROUNDS = ("state_secret", "commercial_secret", "protected_secret")  # p.11 sub. 1


class RefusalReceived(EventBase):
    """p.11-12.  The store decides what the refusal means for p.12 (the engine stays pure):
    `ground` is a lawful one (p.11 sub. 1: never counted); `counted` is false for those;
    `refusals_this_month` counts the agency's counted refusals in the window, this one
    included; `escalate` is "first" when this one makes them repeated, "addition" when the
    window's escalation went already, else None.  `window` says the window in words."""

    type: Literal["refusal_received"] = "refusal_received"
    reason: str | None = None
    ground: str | None = None
    counted: bool = True
    refusals_this_month: int = 1
    escalate: Literal["first", "addition"] | None = None
    window: str = ""
    window_start: dt.date | None = None  # the window's first day (it ends on `on`)
    answers: str | None = None  # the Message-ID of the request it refuses, when known
    inbound_id: int | None = None


class EscalationSent(EventBase):
    """p.12: the quality-control authority's server accepted our escalation (or addition)."""

    type: Literal["escalation_sent"] = "escalation_sent"
    message_id: str | None = None
    refusal_inbound_id: int | None = None


class AutoReplyReceived(EventBase):
    type: Literal["auto_reply_received"] = "auto_reply_received"
    inbound_id: int | None = None


class BounceReceived(EventBase):
    type: Literal["bounce_received"] = "bounce_received"
    address: str
    inbound_id: int | None = None


class DeliveryFailed(EventBase):
    """An outbox message failed permanently (5xx) or ran out of retries."""

    type: Literal["delivery_failed"] = "delivery_failed"
    message_id: str
    reason: str


class Tick(EventBase):
    """The clock: `on` is today.  Passed deadlines become overdue, reminders are asked for on
    the schedule (the first on the working day after the deadline, then every
    `reminder_interval_days` working days, at most `max_reminders`; gateway.toml)."""

    type: Literal["tick"] = "tick"
    reminder_interval_days: int = 5
    max_reminders: int = 3


Event = Annotated[
    Registered
    | RequestSent
    | ResponsibleNamed
    | InformationReceived
    | TrainingQuestionsSent
    | ProtocolSigned
    | ConsultingStarted
    | AdditionalRequestSent
    | AdditionalAnswerReceived
    | RegistryChanged
    | RefusalReceived
    | EscalationSent
    | AutoReplyReceived
    | BounceReceived
    | DeliveryFailed
    | Tick,
    Field(discriminator="type"),
]


# ---------------------------------------------------------------------------------------------
# Engine output: actions.  The processing step turns them into outbox rows and status-log lines.


class ActionBase(Model):
    case_id: str


class SendRequest(ActionBase):
    """p.4: the Appendix 1 request, columns 2-3 filled."""

    type: Literal["send_request"] = "send_request"
    due: dt.date


class SendReminder(ActionBase):
    type: Literal["send_reminder"] = "send_reminder"
    step: Step
    paragraph: str
    due: dt.date
    reason_ru: str = ""  # why `due` is what it is, in Russian, for the letter to the agency
    number: int = 1  # the n-th reminder for the step (of `max_reminders`)


class SendEscalation(ActionBase):
    """p.12: tell the quality-control authority of repeated refusals, within 3 WD; a later
    refusal in the same window goes as an addition (`addition`, with its inbound id)."""

    type: Literal["send_escalation"] = "send_escalation"
    agency_id: str
    month: str  # the window, in words (rolling 30 days or a calendar month)
    due: dt.date
    addition: bool = False
    refusal_inbound_id: int | None = None
    since: dt.date | None = None  # the window's first day: its refusals go with the letter
    until: dt.date | None = None  # the window's last day


class SendProtocol(ActionBase):
    """p.8: the protocol of acceptance for consulting, to the responsible person to sign."""

    type: Literal["send_protocol"] = "send_protocol"
    due: dt.date


class SendChangeRequest(ActionBase):
    """p.6: the Registry shows a change; ask the responsible person for updated information."""

    type: Literal["send_change_request"] = "send_change_request"
    due: dt.date
    fields: list[str] = Field(default_factory=list)


class NotifyOperator(ActionBase):
    type: Literal["notify_operator"] = "notify_operator"
    reason: str


class LogEvent(ActionBase):
    """A line for the status log: what happened, under which paragraph."""

    type: Literal["log"] = "log"
    kind: str
    paragraph: str | None = None
    summary: str
    data: dict[str, Any] = Field(default_factory=dict)


Action = Annotated[
    SendRequest | SendReminder | SendEscalation | SendProtocol | SendChangeRequest
    | NotifyOperator | LogEvent,
    Field(discriminator="type"),
]


# ---------------------------------------------------------------------------------------------
# Addresses: one strict check shared by the parsers (what we trust) and outbound (what we write)

_ADDRESS = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
    r"(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)


def valid_address(value: str) -> bool:
    """A plain local@domain address: no quotes, comments, routes, several @ or '..'."""
    return bool(_ADDRESS.match(value)) and ".." not in value and not value.startswith(".")
