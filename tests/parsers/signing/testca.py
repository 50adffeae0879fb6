"""A throw-away GOST certification authority for the negative cases: certificates, CMS
signatures and CRLs in Kazakhstan's GOST 34.310-2004 (256-bit, GOST 34.311-95) or GOST
34.10-2015 512 (Streebog-512), laid out byte for byte as NCA's are (the keys x || y
little-endian, the signatures s || r reversed), so what verifies NCA's verifies these.
Keys are signed with gostcrypto, an implementation independent of the one under test."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import cms, core, crl, ocsp, x509

from parsers.signing import algorithms

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
SCHEMES = {
    # key OID, curve OID, hash-parameter OID, signature OID, digest OID, gostcrypto curve
    "gost2004": ("1.2.398.3.10.1.1.1.1", "1.2.398.3.10.1.1.1.1.1", "1.2.398.3.10.1.3.1.1.0",
                 "1.2.398.3.10.1.1.1.2", "1.2.398.3.10.1.3.1",
                 "id-tc26-gost-3410-2012-256-paramSetB"),
    # a 2015 256-bit key on a curve OID no NCA certificate has shown us (see gost3410)
    "gost2015-256-unknown": ("1.2.398.3.10.1.1.2.1", "1.2.398.3.10.1.1.2.1.1",
                             "1.2.398.3.10.1.3.2", "1.2.398.3.10.1.1.2.3.1",
                             "1.2.398.3.10.1.3.2", "id-tc26-gost-3410-2012-256-paramSetA"),
    "gost2015-512": ("1.2.398.3.10.1.1.2.2", "1.2.398.3.10.1.1.2.2.1", "1.2.398.3.10.1.3.3",
                     "1.2.398.3.10.1.1.2.3.2", "1.2.398.3.10.1.3.3",
                     "id-tc26-gost-3410-12-512-paramSetA"),
}


def _tlv(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        return bytes([tag, n]) + content
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + content


def _oid(dotted: str) -> bytes:
    return core.ObjectIdentifier(dotted).dump()


@dataclass
class Key:
    scheme: str
    private: bytes = field(repr=False, default=b"")
    spki: bytes = b""

    def __post_init__(self) -> None:
        from gostcrypto import gostsignature

        key_oid, curve_oid, hash_oid, *_, name = SCHEMES[self.scheme]
        n = 64 if "512" in name else 32
        self._signer = gostsignature.new(gostsignature.MODE_512 if n == 64
                                         else gostsignature.MODE_256,
                                         gostsignature.CURVES_R_1323565_1_024_2019[name])
        private = bytearray(os.urandom(n))
        private[0] &= 0x3F
        self.private = bytes(private)
        public = self._signer.public_key_generate(bytearray(private))
        point = public[:n][::-1] + public[n:][::-1]  # x || y, each little-endian
        alg = _tlv(0x30, _oid(key_oid) + _tlv(0x30, _oid(curve_oid) + _oid(hash_oid)))
        self.spki = _tlv(0x30, alg + _tlv(0x03, b"\x00" + _tlv(0x04, bytes(point))))

    @property
    def sig_oid(self) -> str:
        return SCHEMES[self.scheme][3]

    @property
    def digest_oid(self) -> str:
        return SCHEMES[self.scheme][4]

    def sign(self, data: bytes) -> bytes:
        """NCA's layout: (s || r big-endian) reversed."""
        hash_name = algorithms.HASH_OIDS[self.digest_oid]
        hashed = algorithms.digest(hash_name, data)
        n = len(self.private)
        rs = self._signer.sign(bytearray(self.private), bytearray(hashed[::-1]))
        return bytes(rs[n:] + rs[:n])[::-1]


def name(cn: str, org: str | None = None, iin: str | None = None,
         bin_: str | None = None) -> x509.Name:
    attrs: dict[str, str] = {"common_name": cn, "country_name": "KZ"}
    if iin:
        attrs["serial_number"] = f"IIN{iin}"
    if org:
        attrs["organization_name"] = org
    if bin_:
        attrs["organizational_unit_name"] = f"BIN{bin_}"
    return x509.Name.build(attrs, use_printable=False)


def _time(when: dt.datetime) -> x509.Time:
    return x509.Time({"utc_time": when})


@dataclass
class Issued:
    der: bytes
    key: Key
    subject: x509.Name
    serial: int
    issuer: x509.Name


def certificate(subject: x509.Name, key: Key, issuer: Issued | None, ca: bool,
                not_before: dt.datetime | None = None, not_after: dt.datetime | None = None,
                crl_url: str | None = None, ocsp_url: str | None = None) -> Issued:
    """A certificate for `key`, signed by `issuer` (itself when None: a root)."""
    signer_key = issuer.key if issuer else key
    serial = random.getrandbits(63)
    exts: list[dict[str, Any]] = [{"extn_id": "basic_constraints", "critical": True,
                                   "extn_value": {"ca": ca}}]
    if crl_url:
        exts.append({"extn_id": "crl_distribution_points", "extn_value": [
            {"distribution_point": {"full_name": [
                x509.GeneralName({"uniform_resource_identifier": crl_url})]}}]})
    if ocsp_url:
        exts.append({"extn_id": "authority_information_access", "extn_value": [
            {"access_method": "ocsp", "access_location": x509.GeneralName(
                {"uniform_resource_identifier": ocsp_url})}]})
    tbs = x509.TbsCertificate({
        "version": "v3", "serial_number": serial,
        "signature": {"algorithm": signer_key.sig_oid},
        "issuer": issuer.subject if issuer else subject,
        "validity": {"not_before": _time(not_before or NOW - dt.timedelta(days=1)),
                     "not_after": _time(not_after or NOW + dt.timedelta(days=365))},
        "subject": subject,
        "subject_public_key_info": x509.PublicKeyInfo.load(key.spki),
        "extensions": exts,
    })
    tbs_der = tbs.dump()
    der = _tlv(0x30, tbs_der + _tlv(0x30, _oid(signer_key.sig_oid))
               + _tlv(0x03, b"\x00" + signer_key.sign(tbs_der)))
    return Issued(der, key, subject, serial, issuer.subject if issuer else subject)


def _signer_info(content: bytes, signer: Issued, signing_time: dt.datetime | None) -> Any:
    key = signer.key
    digest = algorithms.digest(algorithms.HASH_OIDS[key.digest_oid], content)
    attrs = cms.CMSAttributes([
        {"type": "content_type", "values": ["data"]},
        {"type": "signing_time", "values": [cms.Time({"utc_time": signing_time or NOW})]},
        {"type": "message_digest", "values": [digest]},
    ])
    return cms.SignerInfo({
        "version": "v1",
        "sid": {"issuer_and_serial_number": {"issuer": signer.issuer,
                                             "serial_number": signer.serial}},
        "digest_algorithm": {"algorithm": key.digest_oid},
        "signed_attrs": attrs,
        "signature_algorithm": {"algorithm": key.sig_oid},
        "signature": key.sign(attrs.dump()),
    })


def sign_cms(content: bytes, signer: Issued, chain: list[Issued], detached: bool = False,
             signing_time: dt.datetime | None = None,
             cosigners: tuple[Issued, ...] = ()) -> bytes:
    """CMS SignedData as NCALayer writes it: signed attributes, the chain inside; with
    `cosigners`, one SignerInfo each after the first (NCALayer's co-signing)."""
    signers = [signer, *cosigners]
    infos = [_signer_info(content, s, signing_time) for s in signers]
    # written by hand around asn1crypto's pieces: asn1crypto re-encodes certificates it
    # holds, and cannot re-encode a GOST key it does not know
    encap = cms.EncapsulatedContentInfo({"content_type": "data",
                                         "content": None if detached else content})
    sd = _tlv(0x30, core.Integer(1).dump()
              + cms.DigestAlgorithms([{"algorithm": signer.key.digest_oid}]).dump()
              + encap.dump()
              + _tlv(0xA0, b"".join(c.der for c in [*signers, *chain]))
              + cms.SignerInfos(infos).dump())
    return _tlv(0x30, _oid("1.2.840.113549.1.7.2") + _tlv(0xA0, sd))


def revocation_list(issuer: Issued, revoked: list[Issued], number: int,
                    delta_of: int | None = None, this_update: dt.datetime | None = None,
                    next_update: dt.datetime | None = None) -> bytes:
    """A CRL (a delta CRL when `delta_of` names its base CRL's number) signed by `issuer`."""
    exts: list[dict[str, Any]] = [{"extn_id": "crl_number", "extn_value": number}]
    if delta_of is not None:
        exts.append({"extn_id": "delta_crl_indicator", "critical": True,
                     "extn_value": delta_of})
    tbs = crl.TbsCertList({
        "version": "v2", "signature": {"algorithm": issuer.key.sig_oid},
        "issuer": issuer.subject,
        "this_update": _time(this_update or NOW - dt.timedelta(hours=1)),
        "next_update": _time(next_update or NOW + dt.timedelta(days=7)),
        "revoked_certificates": [{"user_certificate": c.serial,
                                  "revocation_date": _time(NOW - dt.timedelta(minutes=30))}
                                 for c in revoked] or None,
        "crl_extensions": exts,
    })
    tbs_der = tbs.dump()
    return _tlv(0x30, tbs_der + _tlv(0x30, _oid(issuer.key.sig_oid))
                + _tlv(0x03, b"\x00" + issuer.key.sign(tbs_der)))


def ocsp_response(issuer: Issued, serial: int, revoked: bool = False,
                  this_update: dt.datetime | None = None) -> bytes:
    """A successful OCSP response about certificate `serial`, signed by `issuer` itself."""
    status = ocsp.CertStatus({"revoked": {"revocation_time": NOW - dt.timedelta(minutes=30)}}
                             if revoked else {"good": core.Null()})
    key_bits = algorithms.spki_parts(issuer.key.spki)[2]
    tbs = ocsp.ResponseData({
        "responder_id": {"by_name": issuer.subject},
        "produced_at": NOW,
        "responses": [{
            "cert_id": {"hash_algorithm": {"algorithm": "sha256"},
                        "issuer_name_hash": hashlib.sha256(issuer.subject.dump()).digest(),
                        "issuer_key_hash": hashlib.sha256(key_bits).digest(),
                        "serial_number": serial},
            "cert_status": status,
            "this_update": this_update or NOW - dt.timedelta(minutes=10),
            "next_update": (this_update or NOW) + dt.timedelta(hours=12)}],
    })
    signed = tbs.dump()
    basic = _tlv(0x30, signed + _tlv(0x30, _oid(issuer.key.sig_oid))
                 + _tlv(0x03, b"\x00" + issuer.key.sign(signed)))
    return _tlv(0x30, b"\x0a\x01\x00" + _tlv(0xA0, _tlv(0x30, _oid("1.3.6.1.5.5.7.48.1.1")
                                                        + _tlv(0x04, basic))))


@dataclass
class Ca:
    """A root, an issuing CA under it, and one agency's signer, all in one scheme."""

    scheme: str = "gost2004"
    bin_: str = "123456789021"
    crl_base: str = "http://127.0.0.1:9"  # where root.crl and nca.crl are published
    ocsp_url: str | None = None  # the issuing CA's responder, named in the people's certificates
    root: Issued = field(init=False)
    issuing: Issued = field(init=False)
    signer: Issued = field(init=False)

    def __post_init__(self) -> None:
        since = NOW - dt.timedelta(days=60)
        self.root = certificate(name("TEST ROOT (GOST)"), Key(self.scheme), None, ca=True,
                                not_before=since)
        self.issuing = certificate(name("TEST NCA (GOST)"), Key(self.scheme), self.root, ca=True,
                                   crl_url=f"{self.crl_base}/root.crl", not_before=since)
        self.signer = self.person()

    def person(self, bin_: str | None = None, **validity: Any) -> Issued:
        return certificate(name("ТЕСТОВ ТЕСТ", "Министерство юстиции", "123456789011",
                                bin_ or self.bin_), Key(self.scheme), self.issuing, ca=False,
                           crl_url=f"{self.crl_base}/nca.crl", ocsp_url=self.ocsp_url,
                           **validity)

    def sign(self, content: bytes, signer: Issued | None = None, **kw: Any) -> bytes:
        return sign_cms(content, signer or self.signer, [self.issuing], **kw)

    def cosign(self, content: bytes, *signers: Issued) -> bytes:
        return sign_cms(content, signers[0], [self.issuing], cosigners=signers[1:])

    def root_pem(self, folder: Any, with_issuing: bool = False) -> str:
        """The root (and the issuing CA) as a PEM file, as a deployment installs them."""
        import base64

        path = folder / f"root-{self.scheme}.pem"
        text = ""
        for cert in [self.root, self.issuing][:2 if with_issuing else 1]:
            body = base64.encodebytes(cert.der).decode()
            text += f"-----BEGIN CERTIFICATE-----\n{body}-----END CERTIFICATE-----\n"
        path.write_text(text)
        return str(path)
