"""Shared fixtures: each lives in tests/fixtures/<topic>.py, loaded here as a plugin."""

pytest_plugins = [
    "tests.fixtures.db",
    "tests.fixtures.dovecot",
    "tests.fixtures.faketime",
    "tests.fixtures.faultproxy",
    "tests.fixtures.smtp",
]
