"""`make run`: the gateway on embedded defaults, ready for a newcomer to watch and answer.

Why a module and not a shell script: it sets up a folder once (configuration, the sample agency
directory, the sample registry with today's date so the p.4 requests are due now), starts a
local SMTP sink that keeps what the gateway sends as .eml files, and runs the gateway in the
same process, with a short guide to answering a request printed first.
"""

from __future__ import annotations

import asyncio
import csv
import io
import sys
from pathlib import Path

from gateway.calendar import local_today
from gateway.cli.context import CliError, bind_error, listener_error
from gateway.config import ConfigError, load
from gateway.records.imports import import_agencies, import_registry
from gateway.runtime import leases
from gateway.service.daemon import Gateway
from gateway.store import make_engine
from gateway.store.migrate import upgrade
from mappings import path
from outbound.sink import SinkServer

GUIDE = """
EKC Gateway is running in {root}
  configuration  {root}/gateway.toml      status log  gateway --config {root}/gateway.toml log -f
  sent mail      {root}/data/sent/*.eml   (the local SMTP sink on 127.0.0.1:{sink})
The p.4 requests for the sample registry went out at once; see them with
  .venv/bin/gateway --config {root}/gateway.toml outbox
Answer one as the Ministry of Justice would — drop the filled form into the e-document folder:
  mkdir -p {root}/data/edoc/incoming/reply-1
  cp mappings/samples/filled-form-ru.docx {root}/data/edoc/incoming/reply-1/form.docx
  printf '%s' '{envelope}' > {root}/data/edoc/incoming/reply-1/envelope.json
and watch case 00301138-minjust move:
  .venv/bin/gateway --config {root}/gateway.toml case show 00301138-minjust
Stop with Ctrl-C.
"""
ENVELOPE = ('{"id": "reply-1", "agency_id": "minjust", "registration_number": "03-12/1", '
            '"registration_date": "%s", "subject": "Ответ на запрос", "in_reply_to": null, '
            '"body": "Направляем заполненную форму.", "documents": ["form.docx"]}')


def registry_for_today(today: str) -> str:
    """The shipped registry extract with every service registered today."""
    rows = list(csv.DictReader(path("registry.csv").read_text(encoding="utf-8").splitlines()))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row | {"registered_on": today})
    return out.getvalue()


def setup(root: Path) -> Path:
    from gateway.cli.setup import TEMPLATE

    config = root / "gateway.toml"
    if config.exists():
        return config
    root.mkdir(parents=True, exist_ok=True)
    config.write_text(TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")
    cfg = load(config)
    engine = make_engine(cfg.db_url)
    upgrade(engine)
    import_agencies(engine, cfg, path("agencies.csv"))
    registry = root / "registry.csv"
    registry.write_text(registry_for_today(local_today(cfg.timezone).isoformat()),
                        encoding="utf-8")
    stats = import_registry(engine, cfg, registry)
    print(f"set up {root}: {len(stats.cases_opened)} cases opened from the sample registry",
          file=sys.stderr)
    engine.dispose()
    return config


def main(argv: list[str]) -> int:
    """Set up and run; a problem (a busy port, a bad file) is one sentence and status 1."""
    try:
        return _main(argv)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code


def _main(argv: list[str]) -> int:
    root = Path(argv[0] if argv else "demo-run").resolve()
    cfg = load(setup(root))
    engine = make_engine(cfg.db_url)
    upgrade(engine)
    sink = SinkServer(cfg.data_path / "sent", cfg.smtp_relay.host, cfg.smtp_relay.port)
    try:
        sink.start()
    except OSError as exc:
        where = f"{cfg.smtp_relay.host}:{cfg.smtp_relay.port}"
        error = bind_error(exc, f"the local SMTP sink ([smtp_relay] port in {root}/gateway.toml)",
                           where)
        if error is None:
            raise
        raise error from None
    print(GUIDE.format(root=root, sink=sink.port,
                       envelope=ENVELOPE % local_today(cfg.timezone).isoformat()),
          file=sys.stderr)
    gateway = Gateway(cfg, engine, leases.default_instance_name(cfg.instance_name))
    for line in gateway.summary():
        print(f"  {line}", file=sys.stderr)
    try:
        asyncio.run(gateway.run_forever())
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        raise listener_error(exc, cfg) from None
    finally:
        sink.stop()
    print("stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
