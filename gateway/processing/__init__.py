"""Processing: a committed inbound message parsed, trusted, matched to its case and applied.

Owns: `worker` (claims committed inbound rows, parses them before the transaction opens, applies
each in a savepoint of its own, quarantines what it cannot use), `trust` (DKIM/DMARC, an
agency's e-signature matched by its BIN, and who may say what), `matcher` (the case a message
belongs to: tag, thread, e-doc reply, sender and registry numbers), `lookups` (the matcher's
database reads), `expectations` (the case's side of the understanding seam: each case's
Expectation, and the judgement of every document a message would apply) and `doubts` (what a
document lacks, in Russian).
May import: `parsers`, `understanding`, `gateway.domain`, `gateway.config`, `gateway.calendar`,
`gateway.store`, `gateway.runtime`, `gateway.engine`.  Never intake or delivery: it reads what
intake committed and leaves outbox rows for delivery.
"""
