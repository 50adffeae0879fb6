"""The operators' board: every case, deadline, quarantined letter and sent message, live, behind a
login (contracts/web.md).

Owns: `app` (the Starlette application: routes, pages, the login and CSRF guard), `operators`
(who may log in, argon2 hashes, failed-login limits kept in the database), `queries` (the pages'
reads, filtered and paged in SQL), `watchdog` (each source's health, /healthz, the alert once
per outage), `metrics` (/metrics), `i18n` (Russian and Kazakh words, dates), `server`
(uvicorn, for `gateway web` and `gateway run`), `templates/` and `static/` (Jinja2, htmx).
May import: anything in `gateway` below the CLI, `parsers` and `outbound`; only `gateway.cli`
imports it.
"""
