"""A certificate as the verifier needs it, whatever its key: who it names (NCA puts a person's
IIN in the subject's serialNumber as "IIN…" and a legal entity's BIN in OU as "BIN…"), when it
is valid, whether it is a CA, where its CRLs are, and whether its issuer signed it.

Why not `cryptography.x509`: it refuses to hand out a GOST key and cannot check a GOST
signature; asn1crypto reads any certificate, and algorithms.verify checks any signature.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from parsers.signing import algorithms

__all__ = ["Cert", "load_certs", "Subject"]

_PEM = re.compile(rb"-----BEGIN [A-Z0-9 ]*CERTIFICATE-----(.+?)-----END", re.S)


@dataclass(frozen=True)
class Subject:
    """What a certificate says about its holder (empty strings when it does not say)."""

    name: str = ""  # CN: the person's full name ("ТЕСТОВ ТЕСТ") or the system's
    organisation: str = ""
    iin: str = ""
    bin: str = ""


@dataclass(eq=False)
class Cert:
    der: bytes
    asn: Any = field(init=False, repr=False)
    _signers: dict[bytes, bool] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        from asn1crypto import x509

        self.asn = x509.Certificate.load(self.der)
        self.asn["tbs_certificate"]["serial_number"].native  # noqa: B018 - corrupt -> ValueError

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cert) and other.der == self.der

    def __hash__(self) -> int:
        return hash(self.der)

    @property
    def tbs(self) -> Any:
        return self.asn["tbs_certificate"]

    @cached_property
    def subject_key(self) -> str:
        """The subject name, normalised, for matching issuers."""
        return str(self.tbs["subject"].hashable)

    @cached_property
    def issuer_key(self) -> str:
        return str(self.tbs["issuer"].hashable)

    @property
    def serial(self) -> int:
        return int(self.tbs["serial_number"].native)

    @property
    def self_issued(self) -> bool:
        return self.subject_key == self.issuer_key

    @cached_property
    def tbs_der(self) -> bytes:
        return algorithms.der_children(self.der)[0]

    @cached_property
    def spki(self) -> bytes:
        kids = algorithms.der_children(self.tbs_der)
        return kids[6 if kids[0][:1] == b"\xa0" else 5]  # after version?, serial … subject

    @cached_property
    def key_oid(self) -> str:
        return algorithms.spki_parts(self.spki)[0]

    @cached_property
    def key_size(self) -> int | None:
        """Bits of a GOST key's curve (256/512), an RSA modulus; None when unknown."""
        oid, _, bits = algorithms.spki_parts(self.spki)
        if oid.startswith(("1.2.398.", "1.2.643.")):
            from asn1crypto import core

            try:
                return len(core.OctetString.load(bits).native) * 4  # x || y
            except ValueError:
                return None
        if oid == "1.2.840.113549.1.1.1":
            from cryptography.hazmat.primitives import serialization

            try:
                return int(getattr(serialization.load_der_public_key(self.spki), "key_size", 0))
            except ValueError:
                return None
        return None

    @property
    def not_before(self) -> dt.datetime:
        return self.tbs["validity"]["not_before"].native  # type: ignore[no-any-return]

    @property
    def not_after(self) -> dt.datetime:
        return self.tbs["validity"]["not_after"].native  # type: ignore[no-any-return]

    def valid_at(self, when: dt.datetime) -> bool:
        return self.not_before <= when <= self.not_after

    @cached_property
    def is_ca(self) -> bool:
        value = self.asn.basic_constraints_value
        return bool(value is not None and value["ca"].native)

    @cached_property
    def subject(self) -> Subject:
        native = self.tbs["subject"].native
        serial = str(native.get("serial_number") or "")
        units = native.get("organizational_unit_name") or ""
        units = units if isinstance(units, list) else [units]
        iin = serial[3:] if serial.upper().startswith("IIN") else ""
        bin_ = next((u[3:] for u in units if str(u).upper().startswith("BIN")), "")
        org = native.get("organization_name") or ""
        return Subject(name=str(native.get("common_name") or ""),
                       organisation=str(org[0] if isinstance(org, list) else org),
                       iin=iin, bin=bin_)

    @property
    def display(self) -> str:
        """"CN (O)" as the gateway has always named a signer."""
        s = self.subject
        if s.name and s.organisation:
            return f"{s.name} ({s.organisation})"
        return s.name or s.organisation or self.tbs["subject"].human_friendly

    def crl_urls(self) -> tuple[list[str], list[str]]:
        """The http(s) URLs of its CRL distribution points and of its delta CRLs (freshest)."""
        def urls(value: Any) -> list[str]:
            found = []
            for point in value or []:
                name = point["distribution_point"]
                if name.name != "full_name":
                    continue
                for g in name.chosen:
                    if g.name != "uniform_resource_identifier":
                        continue
                    # NCA's older certificates pack two as "http://a.crl   URL=http://b.crl"
                    for url in str(g.native).split():
                        url = url.removeprefix("URL=")
                        if url.lower().startswith(("http://", "https://")) and url not in found:
                            found.append(url)
            return found

        return urls(self.asn.crl_distribution_points_value), urls(self.asn.freshest_crl_value)

    def signed_by(self, issuer: Cert) -> bool:
        """Whether `issuer`'s key signed this certificate (False too when it cannot be
        checked: an unknown algorithm never makes a link)."""
        known = self._signers.get(issuer.der)
        if known is not None:
            return known
        sig_alg = self.asn["signature_algorithm"]
        oid = sig_alg["algorithm"].dotted
        params = sig_alg["parameters"]
        try:
            algorithms.verify(issuer.spki, oid, algorithms.hash_of_signature(oid),
                              self.tbs_der, bytes(self.asn["signature_value"].native),
                              params.dump() if oid == "1.2.840.113549.1.1.10" else None)
            ok = True
        except (algorithms.BadSignature, algorithms.Unsupported, ValueError):
            ok = False
        self._signers[issuer.der] = ok
        return ok


def load_certs(data: bytes) -> list[Cert]:
    """Certificates in PEM (one or many), DER, or base64 text of DER."""
    blobs = [base64.b64decode(b"".join(m.split())) for m in _PEM.findall(data)]
    if not blobs:
        text = data.strip()
        if text.startswith(b"MI"):
            try:
                blobs = [base64.b64decode(b"".join(text.split()), validate=True)]
            except ValueError:
                blobs = [data]
        else:
            blobs = [data]
    return [Cert(b) for b in blobs]


_LOADED: dict[bytes, list[Cert]] = {}  # a file's SHA-256 -> its certificates


def load_paths(paths: tuple[str, ...] | list[str]) -> tuple[list[Cert], list[str]]:
    """Certificates from files (or every *.cer/*.crt/*.pem/*.der of a folder), and what could
    not be loaded, in words.  The same bytes read again give the same Cert objects, so the
    links between trusted certificates are checked once per process."""
    found, problems = [], []
    for path in paths:
        p = Path(path)
        try:
            files = sorted(f for f in p.iterdir() if f.suffix.lower() in
                           (".cer", ".crt", ".pem", ".der")) if p.is_dir() else [p]
        except OSError as exc:
            problems.append(f"trusted certificates {p} could not be read ({exc})")
            continue
        for f in files:
            try:
                data = f.read_bytes()
                key = hashlib.sha256(data).digest()
                if key not in _LOADED:
                    if len(_LOADED) > 256:
                        _LOADED.clear()
                    _LOADED[key] = load_certs(data)
                found += _LOADED[key]
            except (OSError, ValueError) as exc:
                problems.append(f"trusted certificate {f} could not be loaded ({exc})")
    return found, problems
