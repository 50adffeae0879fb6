"""The machinery every stage runs on: leases, the status log, the effects registry.

Owns: `leases` (one holder per mailbox folder, e-doc folder and clock; instances alive),
`statuslog` (the events table and its JSON-lines mirror), `actions` (turns the engine's actions
into effects by name: each effect's owner registers a handler).
May import: `gateway.domain`, `gateway.config`, `gateway.calendar`, `gateway.store`.  Never a
stage above it: `actions` finds the handlers' modules by name, so it imports none of them.
"""
