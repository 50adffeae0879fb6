"""EKC Gateway: the Unified Contact Centre's correspondence with agencies, automated.

The folders follow a message's way through (DESIGN.md's flow), each on the layers below it:

    domain, config, calendar   the shared vocabulary; import nothing of the project
    store/                     the database: tables, repository, migrations
    runtime/                   leases, the status log, the effects registry
    engine/                    the pure lifecycle and casework, its one impure edge
    intake/                    sources and the exactly-once inbound commit
    processing/                parse, trust, match, apply
    delivery/                  the outbox and the letters' senders
    records/                   directory, Registry and appeals imports; the monthly report
    service/                   the daemon and the clock
    web/                       the operators' board
    cli/                       the `gateway` command, over everything (the board included)

`tests/test_layout.py` holds the rule: a module imports only its own folder and folders of a
lower layer (LAYERS there), never one above it.
"""

__version__ = "0.1.0"
