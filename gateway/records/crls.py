"""`gateway trust refresh`: the CRLs and delta CRLs of the trusted certification authorities
downloaded into `[trust] crl_folder`, where the signature check reads them.

Why a command and not a look-up during a check: a letter must be read the same way whether or
not pki.gov.kz answers at that moment, and twice the same; so revocation data is fetched ahead
(by a timer, sooner than the delta CRLs' next updates) and a CRL that is past its next update
makes the verdict `unverified`, saying so.  What is fetched: the CRL
distribution points and freshest-CRL pointers of every configured certificate, and
`[trust] crl_urls` (an issuing CA's own CRL is named only in the certificates it issues).
A download replaces its file only when it is a CRL signed by one of the configured
certificates (a captive portal's page or a stranger's list never lands in the folder).
"""

from __future__ import annotations

import hashlib
import os
import re
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from gateway.config import Config

TIMEOUT = 30.0
MAX_BYTES = 64 * 1024 * 1024


@dataclass
class Fetched:
    url: str
    file: str
    ok: bool
    detail: str  # this/next update, or why not


def urls_of(cfg: Config) -> list[str]:
    """Every CRL URL to fetch: the trusted certificates' own, then the configured ones."""
    from parsers.signing.certs import load_paths

    certs, _ = load_paths(cfg.signature_root_paths)
    found: list[str] = []
    for cert in certs:
        base, delta = cert.crl_urls()
        found += [u for u in base + delta if u not in found]
    found += [u for u in cfg.trust.crl_urls if u not in found]
    return found


def file_name(url: str) -> str:
    """A stable, safe file name for the CRL at `url` (its last path part, and a short hash so
    two CAs' `gost.crl` do not overwrite each other)."""
    tail = re.sub(r"[^A-Za-z0-9._-]", "_", url.rstrip("/").rsplit("/", 1)[-1])[:80]
    tail = tail if tail.lower().endswith(".crl") else f"{tail}.crl"
    return f"{hashlib.sha256(url.encode()).hexdigest()[:8]}-{tail}"


def _download(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "ekc-gateway trust refresh"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - http(s)
        data: bytes = response.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"over {MAX_BYTES // (1024 * 1024)} MiB")
    return data


def refresh(cfg: Config, fetch=_download) -> list[Fetched]:  # type: ignore[no-untyped-def]
    """Download every CRL (see the module's docstring) into the CRL folder."""
    from parsers.signing.certs import load_paths
    from parsers.signing.crl import load_crl

    folder = cfg.crl_path
    if folder is None:
        raise ValueError("no [trust] crl_folder is configured")
    folder.mkdir(parents=True, exist_ok=True)
    issuers, _ = load_paths(cfg.signature_root_paths)
    out = []
    for url in urls_of(cfg):
        name = file_name(url)
        if not url.lower().startswith(("http://", "https://")):
            out.append(Fetched(url, name, False, "not an http(s) URL"))
            continue
        try:
            data = fetch(url)
            crl = load_crl(data, name)
        except (OSError, ValueError) as exc:
            out.append(Fetched(url, name, False, f"{type(exc).__name__}: {exc}"[:300]))
            continue
        if not any(c.subject_key == crl.issuer_key and crl.signed_by(c) for c in issuers):
            out.append(Fetched(url, name, False, "not signed by a trusted certificate "
                               "(its issuer must be in [trust] signature_roots)"))
            continue
        _write(folder / name, crl.der)
        nxt = f", next {crl.next_update:%Y-%m-%d %H:%M}" if crl.next_update else ""
        kind = "delta CRL" if crl.is_delta else "CRL"
        out.append(Fetched(url, name, True, f"{kind} of {crl.this_update:%Y-%m-%d %H:%M}{nxt}, "
                           f"{len(crl.revoked)} revoked"))
    return out


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
