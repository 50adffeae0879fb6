"""Whether a certificate was revoked, from CRL and delta-CRL files in a folder.

Why files: the gateway never fetches anything while it reads a letter (a parse must not wait on
the network, nor fail with it); `gateway trust refresh` downloads the CRLs named in the trusted
certificates into the folder (`[trust] crl_folder`), or a deployment drops them there itself.
A CRL counts only when its issuer's key signed it and it is not past its next update; a delta
CRL (RFC 5280 5.2.4) adds to the newest base CRL it builds on.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from parsers.signing import algorithms
from parsers.signing.certs import Cert

__all__ = ["Crl", "CrlStore", "Revocation", "load_crl"]

_PEM = re.compile(rb"-----BEGIN X509 CRL-----(.+?)-----END", re.S)
SUFFIXES = (".crl",)


@dataclass(frozen=True)
class Revocation:
    status: Literal["good", "revoked", "unknown"]
    detail: str
    revoked_at: dt.datetime | None = None


@dataclass(eq=False)
class Crl:
    der: bytes
    source: str = ""
    asn: Any = field(init=False, repr=False)
    _signers: dict[bytes, bool] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        from asn1crypto import crl

        self.asn = crl.CertificateList.load(self.der)
        self.tbs["this_update"].native  # noqa: B018 - corrupt -> ValueError now

    @property
    def tbs(self) -> Any:
        return self.asn["tbs_cert_list"]

    @cached_property
    def issuer_key(self) -> str:
        return str(self.tbs["issuer"].hashable)

    @property
    def this_update(self) -> dt.datetime:
        return self.tbs["this_update"].native  # type: ignore[no-any-return]

    @property
    def next_update(self) -> dt.datetime | None:
        return self.tbs["next_update"].native  # type: ignore[no-any-return]

    @cached_property
    def is_delta(self) -> bool:
        return self.asn.delta_crl_indicator_value is not None

    @property
    def number(self) -> int:
        value = self.asn.crl_number_value
        return int(value.native) if value is not None else 0

    @property
    def base_number(self) -> int:
        value = self.asn.delta_crl_indicator_value
        return int(value.native) if value is not None else 0

    @cached_property
    def revoked(self) -> dict[int, tuple[dt.datetime, str | None]]:
        out = {}
        for entry in self.tbs["revoked_certificates"] or []:
            reason = entry.crl_reason_value
            out[int(entry["user_certificate"].native)] = (
                entry["revocation_date"].native, reason.native if reason is not None else None)
        return out

    def signed_by(self, issuer: Cert) -> bool:
        if issuer.der not in self._signers:
            oid = self.asn["signature_algorithm"]["algorithm"].dotted
            try:
                algorithms.verify(issuer.spki, oid, algorithms.hash_of_signature(oid),
                                  algorithms.der_children(self.der)[0],
                                  bytes(self.asn["signature"].native))
                ok = True
            except (algorithms.BadSignature, algorithms.Unsupported, ValueError):
                ok = False
            self._signers[issuer.der] = ok
        return self._signers[issuer.der]


def load_crl(data: bytes, source: str = "") -> Crl:
    """A CRL in DER, PEM or base64 text; ValueError when it is none."""
    m = _PEM.search(data)
    if m:
        data = base64.b64decode(b"".join(m.group(1).split()))
    elif data[:1] != b"\x30":
        data = base64.b64decode(b"".join(data.split()), validate=True)
    return Crl(data, source)


_LOADED: dict[bytes, Crl] = {}  # a file's SHA-256 -> the CRL read from it


class CrlStore:
    """Every CRL in a folder.  The same bytes read again give the same Crl object, its
    signature already checked: a CRL of thousands of entries is parsed once per process, not
    once per letter (reading and hashing the file costs milliseconds)."""

    def __init__(self, folder: str | None) -> None:
        self.folder = folder
        self.crls: list[Crl] = []
        self.problems: list[str] = []
        if not folder or not Path(folder).is_dir():
            return
        for path in sorted(Path(folder).iterdir()):
            if path.suffix.lower() not in SUFFIXES:
                continue
            try:
                data = path.read_bytes()
                key = hashlib.sha256(data).digest()
                if key not in _LOADED:
                    if len(_LOADED) > 256:
                        _LOADED.clear()
                    _LOADED[key] = load_crl(data, path.name)
                self.crls.append(_LOADED[key])
            except (OSError, ValueError) as exc:
                self.problems.append(f"{path.name}: {exc}")

    def status(self, cert: Cert, issuer: Cert, now: dt.datetime) -> Revocation:
        """The certificate's status by the newest signed base CRL of its issuer (and its
        newest delta), or `unknown` with the reason."""
        mine = [c for c in self.crls if c.issuer_key == cert.issuer_key and c.signed_by(issuer)]
        bases = [c for c in mine if not c.is_delta]
        who = issuer.subject.name or issuer.display
        if not bases:
            where = f"in {self.folder}" if self.folder else "(no [trust] crl_folder)"
            return Revocation("unknown", f"no CRL of {who} {where}")
        base = max(bases, key=lambda c: (c.this_update, c.number))
        if base.next_update is not None and base.next_update < now:
            return Revocation("unknown", f"the CRL of {who} is out of date (next update was "
                              f"{base.next_update:%Y-%m-%d}): run `gateway trust refresh`")
        deltas = [c for c in mine if c.is_delta and c.base_number <= base.number
                  and (c.next_update is None or c.next_update >= now)]
        lists = [base] + ([max(deltas, key=lambda c: (c.this_update, c.number))]
                          if deltas else [])
        for crl in reversed(lists):  # the delta first: it is the newer word
            hit = crl.revoked.get(cert.serial)
            if hit is None:
                continue
            when, reason = hit
            if reason == "remove_from_crl":
                break
            kind = "delta CRL" if crl.is_delta else "CRL"
            why = f", {reason}" if reason and reason != "unspecified" else ""
            return Revocation("revoked", f"revoked on {when:%Y-%m-%d} ({kind} of {who}{why})",
                              when)
        kinds = "CRL and delta CRL" if len(lists) > 1 else "CRL"
        return Revocation("good", f"not revoked ({kinds} of {who} of "
                          f"{lists[-1].this_update:%Y-%m-%d})")
