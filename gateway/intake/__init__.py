"""Intake: where a message enters, and the exactly-once commit before anyone is told.

Owns: the sources (`imap` with `imap_data`, the SMTP listener `smtp`, the e-document folder
`edoc`), and `inbound`, which stores the raw bytes and an `inbound` row keyed by origin in one
transaction before the origin hears "accepted" (IMAP flag or move, SMTP 250, package moved).
May import: `gateway.domain`, `gateway.config`, `gateway.store`, `gateway.runtime`.  Nothing
here parses or decides: processing reads what intake committed.
"""
