"""Inputs for the container tests, made here: ZIP archives with CP866 or UTF-8 names, a stored
RAR (written by hand: no RAR writer is free software), winmail.dat (TNEF), and CMS signatures
by a throw-away CA made with `cryptography`."""

from __future__ import annotations

import datetime as dt
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from tests.parsers.makers import EXPECTED, ROW, RU, docx_bytes

FORM = docx_bytes([[RU, ROW]], after=["Ф.И.О. ответственного исполнителя: Иванов И.И.",
                                      "Дата: 12.03.2015"])
FORM_SERVICE = EXPECTED


class _Cp866Info(zipfile.ZipInfo):
    """An entry whose name is written in CP866 with the UTF-8 flag clear (zipfile itself
    writes any non-ASCII name as UTF-8 with the flag)."""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # noqa: N802 - zipfile's name
        return self.filename.encode("cp866"), self.flag_bits & ~0x800


def zip_bytes(members: Sequence[tuple[str, bytes]], utf8_names: bool = True,
              method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP; with utf8_names=False the names are written in CP866 without the UTF-8 flag,
    as Windows' Russian "compressed folder" does."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, data in members:
            info = (zipfile.ZipInfo if utf8_names else _Cp866Info)(
                name, date_time=(2015, 3, 12, 10, 0, 0))
            info.compress_type = method
            zf.writestr(info, data)
    return out.getvalue()


def rar_stored(members: Sequence[tuple[str, bytes]], method: int = 0x30) -> bytes:
    """A RAR 4 archive with stored (uncompressed) members, block by block (the RAR 4 format:
    marker, archive header, a file header + data per member, end block); another `method`
    labels the data as compressed (it is not: enough to test what happens without a tool)."""

    def block(kind: int, flags: int, body: bytes, add: bytes = b"") -> bytes:
        size = 7 + len(body)
        head = struct.pack("<BHH", kind, flags, size) + body
        crc = zlib.crc32(head) & 0xFFFF
        return struct.pack("<H", crc) + head + add

    out = b"Rar!\x1a\x07\x00"
    out += block(0x73, 0, b"\x00" * 6)
    for name, data in members:
        flags, raw = 0x8000, name.encode("ascii", "replace")
        if not name.isascii():
            flags |= 0x200
            raw += b"\x00" + _rar_unicode(name)
        body = struct.pack("<IIBIIBBHI", len(data), len(data), 2, zlib.crc32(data),
                           0x46_6C_50_00, 20, method, len(raw), 0x20) + raw
        out += block(0x74, flags, body, data)
    out += block(0x7B, 0x4000, b"")
    return out


def _rar_unicode(name: str) -> bytes:
    """RAR 4's compressed Unicode name, in its simplest form: every character as a 16-bit
    value (encoding 2), the high byte 0 (the ASCII name gives none)."""
    units = name.encode("utf-16-le")
    out, n = bytearray([0]), 0
    chars = [units[i:i + 2] for i in range(0, len(units), 2)]
    while n < len(chars):
        group = chars[n:n + 4]
        out.append(sum(2 << (6 - 2 * k) for k in range(len(group))))
        for ch in group:
            out += ch
        n += 4
    return bytes(out)


def tnef_bytes(files: Sequence[tuple[str, bytes]], codepage: int = 1251) -> bytes:
    """An Outlook winmail.dat holding `files` (attachment title + data per file)."""

    def attr(level: int, kind: int, ident: int, data: bytes) -> bytes:
        return (struct.pack("<BHHI", level, ident, kind, len(data)) + data
                + struct.pack("<H", sum(data) & 0xFFFF))

    out = struct.pack("<IH", 0x223E9F78, 1)
    out += attr(1, 0x0009, 0x9006, struct.pack("<I", 0x00010000))  # TNEF version
    out += attr(1, 0x0006, 0x9007, struct.pack("<II", codepage, 0))  # OEM code page
    for name, data in files:
        out += attr(2, 0x0006, 0x9002, b"\x01\x00\xff\xff\xff\xff" + b"\x00" * 8)  # rend data
        out += attr(2, 0x0001, 0x8010, name.encode(f"cp{codepage}") + b"\x00")  # title
        out += attr(2, 0x0006, 0x800F, data)  # data
    return out


# -- signatures -------------------------------------------------------------------------------


@dataclass
class Pki:
    root: x509.Certificate
    root_key: Any
    signer: x509.Certificate
    key: Any
    intermediate: x509.Certificate | None = None
    intermediate_key: Any = None

    def root_pem(self, folder: Path) -> str:
        path = folder / "root.pem"
        path.write_bytes(self.root.public_bytes(serialization.Encoding.PEM))
        return str(path)

    def crl_folder(self, folder: Path, revoked: tuple[x509.Certificate, ...] = ()) -> str:
        """A folder with the current CRL of each CA of the chain (listing `revoked`)."""
        crl_dir = folder / "crl"
        crl_dir.mkdir(exist_ok=True)
        now = dt.datetime.now(dt.UTC)
        cas = [(self.root, self.root_key)]
        if self.intermediate is not None:
            cas.append((self.intermediate, self.intermediate_key))
        for i, (ca, key) in enumerate(cas):
            builder = (x509.CertificateRevocationListBuilder().issuer_name(ca.subject)
                       .last_update(now - dt.timedelta(hours=1))
                       .next_update(now + dt.timedelta(days=7))
                       .add_extension(x509.CRLNumber(1), critical=False))
            for cert in revoked:
                if cert.issuer == ca.subject:
                    builder = builder.add_revoked_certificate(
                        x509.RevokedCertificateBuilder().serial_number(cert.serial_number)
                        .revocation_date(now - dt.timedelta(minutes=5)).build())
            (crl_dir / f"ca{i}.crl").write_bytes(
                builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER))
        return str(crl_dir)


def _name(cn: str, org: str | None = None, bin_: str | None = None) -> x509.Name:
    """A subject as NCA writes one: CN, serialNumber "IIN…", O and OU "BIN…"."""
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, "IIN123456789011"))
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    if bin_:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"BIN{bin_}"))
    return x509.Name(attrs)


def _cert(subject: x509.Name, key: Any, issuer: x509.Name, issuer_key: Any, ca: bool,
          days: int = 30) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(key.public_key()).serial_number(random.getrandbits(64))
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .sign(issuer_key, hashes.SHA256()))


def make_pki(kind: str = "rsa", intermediate: bool = False, bin_: str = "123456789021") -> Pki:
    """A throw-away root CA (and an intermediate CA) and a signer certificate of the
    organisation with BIN `bin_`."""

    def key() -> Any:
        if kind == "ec":
            return ec.generate_private_key(ec.SECP256R1())
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)

    root_key = key()
    root_name = _name("Test Root CA")
    root = _cert(root_name, root_key, root_name, root_key, ca=True)
    issuer, issuer_key, inter, inter_key = root_name, root_key, None, None
    if intermediate:
        inter_key = key()
        inter_name = _name("Test Intermediate CA")
        inter = _cert(inter_name, inter_key, root_name, root_key, ca=True)
        issuer, issuer_key = inter_name, inter_key
    signer_key = key()
    signer = _cert(_name("ПЕТРОВ АНДРЕЙ", "Министерство юстиции", bin_), signer_key, issuer,
                   issuer_key, ca=False)
    return Pki(root, root_key, signer, signer_key, inter, inter_key)


def sign(pki: Pki, content: bytes, detached: bool = False,
         encoding: serialization.Encoding = serialization.Encoding.DER) -> bytes:
    builder = (pkcs7.PKCS7SignatureBuilder().set_data(content)
               .add_signer(pki.signer, pki.key, hashes.SHA256()))
    if pki.intermediate is not None:
        builder = builder.add_certificate(pki.intermediate)
    options = [pkcs7.PKCS7Options.Binary]
    if detached:
        options.append(pkcs7.PKCS7Options.DetachedSignature)
    return builder.sign(encoding, options)


def with_gost_digest(der: bytes) -> bytes:
    """The same container with its digest algorithm relabelled GOST R 34.11-2012 (256)."""
    from asn1crypto import cms

    info = cms.ContentInfo.load(der)
    sd = info["content"]
    si = sd["signer_infos"][0]
    si["digest_algorithm"] = {"algorithm": "1.2.643.7.1.1.2.2"}
    sd["signer_infos"] = [si]
    return cms.ContentInfo({"content_type": "signed_data", "content": sd}).dump(force=True)


def big_docx(unpacked: int = 90 * 1024 * 1024) -> bytes:
    """A DOCX whose main part is `unpacked` bytes of tiny runs, compressed about 9:1 (under
    every ratio limit, and under the attachment size limit)."""
    rnd = random.Random(1)
    words = [bytes(rnd.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(3))
             for _ in range(4096)]
    body = bytearray(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
                     b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                     b"<w:body><w:p>")
    while len(body) < unpacked:
        body += b"".join(b"<w:r><w:t>%s</w:t></w:r>" % rnd.choice(words) for _ in range(10000))
    body += b"</w:p></w:body></w:document>"
    base = zipfile.ZipFile(io.BytesIO(docx_bytes([[["a"]]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for info in base.infolist():
            zf.writestr(info, bytes(body) if info.filename == "word/document.xml"
                        else base.read(info))
    return out.getvalue()
