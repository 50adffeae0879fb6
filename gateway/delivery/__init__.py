"""Delivery: the outbox and the senders of letters.

Owns: `senders` (the effects that queue a letter: requests, reminders, questions, escalations,
reports; each an outbox row with its Message-ID fixed in the case's own transaction),
`outbox` (queues a letter: numbers, composes and stores it), `letters` (a letter composed
from its facts, no database), `requests` and `composing` (the p.4 requests of new cases, a
batch a transaction, composed by worker processes when there are many) and `sending` (claims
due rows by the database's clock, delivers them by SMTP or into the e-document folder, commits
each outcome per recipient, retries temporary failures with backoff).
May import: `outbound`, `gateway.domain`, `gateway.config`, `gateway.calendar`, `gateway.store`,
`gateway.runtime`, `gateway.engine`.  Never processing or intake.
"""
