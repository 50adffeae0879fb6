"""The running gateway: the daemon's loop and the clock.

Owns: `daemon` (starts the sources, the processor, the outbox sender and the clock under their
leases; answers SIGTERM) and `clock` (deadlines passed, reminders, the monthly report when due).
May import every stage below it (`intake`, `processing`, `delivery`, `records`, `engine`,
`runtime`, `store`) and the vocabulary; only `gateway.cli` and `gateway.web` import it.
"""
