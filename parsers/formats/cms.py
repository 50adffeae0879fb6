"""Signed containers (CMS/PKCS#7: `.cms`, `.p7m`, `.p7s`, `.sig`): the signed content unwrapped
for reading, and the signature over it checked.

Why both: agencies sign official documents (NCALayer, CryptoPro, OpenSSL all write CMS), so the
document is inside the envelope; and a valid signature by the agency is evidence of who sent it,
so `valid` is said only when (1) the signed attributes' message digest is the content's digest,
(2) the signature over them verifies with the signer certificate's key, and (3) that
certificate chains, each link's signature checked, to a root the configuration names
(ParseLimits.signature_roots).  A signature that verifies by a certificate we cannot chain, or
one in an algorithm we cannot check (GOST R 34.10 / GOST 34.310: no maintained Python library
verifies them here), is `unverified` with the reason; one that fails (1) or (2) is `invalid`.
Revocation (CRL/OCSP) is not checked: the detail says so.

Input may be DER, PEM, or base64 text of DER (what NCALayer saves).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any, Literal

from parsers.records import ParseError, Signature
from parsers.registry import DocumentRejected, Member, ParseLimits, Unpacked, unpacker

SUFFIXES = (".cms", ".p7m", ".p7s", ".sig")
SIGNED_DATA_OID = bytes.fromhex("06092a864886f70d010702")
_PEM = re.compile(rb"-----BEGIN (?:PKCS7|CMS|PKCS #7 SIGNED DATA)-----(.+?)-----END", re.S)
_B64 = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
GOST_PREFIXES = ("1.2.643.", "1.3.6.1.4.1.6801.")  # Russian GOST, Kazakhstan's GOST 34.310
Status = Literal["valid", "invalid", "unverified"]
HASHES = {"sha1": "SHA1", "sha224": "SHA224", "sha256": "SHA256", "sha384": "SHA384",
          "sha512": "SHA512"}


def der_of(data: bytes) -> bytes | None:
    """The DER of a CMS SignedData in any of its three spellings, else None."""
    head = data[:32]
    if head[:1] == b"\x30" and SIGNED_DATA_OID in head:
        return data
    m = _PEM.search(data[:1 << 16] if len(data) > 1 << 16 else data)
    text = (m.group(1) if m else data).strip()
    if not text.startswith(b"MI") or not _B64.match(text[:4096]):
        return None
    try:
        if SIGNED_DATA_OID not in base64.b64decode(b"".join(text[:200].split())[:64]):
            return None  # base64 of something else: not decoded whole
        der = base64.b64decode(b"".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return der if der[:1] == b"\x30" and SIGNED_DATA_OID in der[:32] else None


def inner_name(name: str) -> str:
    """`form.docx.cms` -> `form.docx`; a name without a signature suffix stays as it is."""
    low = name.lower()
    for suffix in SUFFIXES:
        if low.endswith(suffix) and len(name) > len(suffix):
            return name[:-len(suffix)]
    return name


def _signed_data(der: bytes) -> Any:
    from asn1crypto import cms

    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        sd = info["content"]
        sd["signer_infos"].native  # noqa: B018 - parse it all now, errors become "corrupt"
        return sd
    except (ValueError, TypeError, KeyError) as exc:
        raise DocumentRejected("corrupt", f"not a readable signed container: {exc}") from None


def _content(sd: Any) -> bytes | None:
    value = sd["encap_content_info"]["content"]
    if value.native is None:
        return None
    native = value.native
    return native if isinstance(native, bytes) else value.contents


def _certificates(sd: Any) -> list[Any]:
    from cryptography import x509

    out = []
    for choice in sd["certificates"] or []:
        if choice.name == "certificate":
            try:
                out.append(x509.load_der_x509_certificate(choice.chosen.dump()))
            except ValueError:
                continue
    return out


def _signer_cert(si: Any, certs: list[Any]) -> Any:
    sid = si["sid"]
    if sid.name == "issuer_and_serial_number":
        serial = sid.chosen["serial_number"].native
        issuer = sid.chosen["issuer"].dump()
        return next((c for c in certs if c.serial_number == serial
                     and c.issuer.public_bytes() == issuer), None)
    from cryptography import x509

    ski = sid.chosen.native
    for c in certs:
        try:
            if c.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest \
                    == ski:
                return c
        except x509.ExtensionNotFound:
            continue
    return None


def _name_of(cert: Any) -> str:
    from cryptography.x509.oid import NameOID

    def first(oid: Any) -> str | None:
        attrs = cert.subject.get_attributes_for_oid(oid)
        return str(attrs[0].value) if attrs else None

    cn, org = first(NameOID.COMMON_NAME), first(NameOID.ORGANIZATION_NAME)
    if cn and org:
        return f"{cn} ({org})"
    return cn or org or cert.subject.rfc4514_string()


def _attrs(si: Any) -> dict[str, Any]:
    attrs = si["signed_attrs"]
    if attrs.native is None:
        return {}
    return {a["type"].native: a["values"][0].native for a in attrs}


def _verify(cert: Any, si: Any, signed: bytes, digest: str) -> None:
    """Raises InvalidSignature (or ValueError) unless the signature over `signed` verifies."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    algo = getattr(hashes, HASHES[digest])()
    key = cert.public_key()
    sig = si["signature"].native
    sig_algo = si["signature_algorithm"]
    if isinstance(key, rsa.RSAPublicKey):
        if sig_algo["algorithm"].native == "rsassa_pss":
            params = sig_algo["parameters"]
            pss_hash = getattr(hashes, HASHES[params["hash_algorithm"]["algorithm"].native])()
            key.verify(sig, signed, padding.PSS(padding.MGF1(pss_hash),
                                                params["salt_length"].native), pss_hash)
        else:
            key.verify(sig, signed, padding.PKCS1v15(), algo)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(sig, signed, ec.ECDSA(algo))
    else:
        raise ValueError(f"a {type(key).__name__} key")


def load_roots(paths: tuple[str, ...]) -> tuple[list[Any], list[str]]:
    """The configured trusted roots, and what could not be loaded (in words)."""
    from cryptography import x509

    roots, problems = [], []
    for path in paths:
        try:
            data = Path(path).read_bytes()
            roots.extend(x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data
                         else [x509.load_der_x509_certificate(data)])
        except (OSError, ValueError) as exc:
            problems.append(f"trusted root {path} could not be loaded ({exc})")
    return roots, problems


def chain_to_root(cert: Any, pool: list[Any], roots: list[Any],
                  now: dt.datetime | None = None) -> str | None:
    """None when `cert` chains to one of `roots` (every link's signature and validity period
    checked, every issuer a CA), else why not."""
    from cryptography import x509

    now = now or dt.datetime.now(dt.UTC)
    current = cert
    for _ in range(8):
        if not current.not_valid_before_utc <= now <= current.not_valid_after_utc:
            return f"the certificate of {_name_of(current)} is not valid now"
        if current in roots:
            return None
        issuers = [c for c in roots + pool if c.subject == current.issuer and c != current]
        for issuer in issuers:
            try:
                current.verify_directly_issued_by(issuer)
            except (ValueError, TypeError, Exception):  # noqa: B014 - InvalidSignature et al.
                continue
            try:
                ca = issuer.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
            except x509.ExtensionNotFound:
                ca = False
            if not ca:
                return f"the certificate of {_name_of(current)} is issued by a non-CA"
            current = issuer
            break
        else:
            return f"the certificate of {_name_of(current)} does not chain to a trusted root"
    return "the certificate chain is too long"


def check(sd: Any, content: bytes, limits: ParseLimits) -> Signature:
    """The signature of SignedData `sd` over `content` (see the module's docstring)."""
    from cryptography.exceptions import InvalidSignature

    infos = list(sd["signer_infos"])
    if not infos:
        return Signature(status="unverified", detail="the container holds no signature")
    si = infos[0]
    certs = _certificates(sd)
    cert = _signer_cert(si, certs)
    attrs = _attrs(si)
    signed_at = attrs.get("signing_time")
    signer = _name_of(cert) if cert is not None else None
    at = signed_at if isinstance(signed_at, dt.datetime) else None

    def out(status: Status, detail: str) -> Signature:
        return Signature(status=status, signer=signer, signed_at=at, detail=detail)

    digest_oid = si["digest_algorithm"]["algorithm"].dotted
    sig_oid = si["signature_algorithm"]["algorithm"].dotted
    if digest_oid.startswith(GOST_PREFIXES) or sig_oid.startswith(GOST_PREFIXES):
        return out("unverified", "a GOST signature (R 34.10 / 34.310): no Python library "
                   "installed here verifies it")
    digest = si["digest_algorithm"]["algorithm"].native
    if digest not in HASHES:
        return out("unverified", f"digest {digest} is not supported")
    if cert is None:
        return out("unverified", "the signer's certificate is not in the container")
    actual = hashlib.new(digest, content).digest()
    if attrs:
        if attrs.get("message_digest") != actual:
            return out("invalid", "the content was changed after signing (its digest differs "
                       "from the signed one)")
        signed = si["signed_attrs"].dump()
        signed = b"\x31" + signed[1:]  # signed as a SET OF, stored as [0] IMPLICIT
    else:
        signed = content
    try:
        _verify(cert, si, signed, digest)
    except InvalidSignature:
        return out("invalid", "the signature does not verify with the signer's certificate")
    except (ValueError, TypeError, KeyError) as exc:
        return out("unverified", f"the signature cannot be checked: {exc}")
    roots, problems = load_roots(limits.signature_roots)
    if not roots:
        why = "; ".join(problems) or "no trusted roots are configured ([trust] signature_roots)"
        return out("unverified", f"the signature verifies, but {why}")
    why_not = chain_to_root(cert, certs, roots)
    if why_not:
        return out("unverified", f"the signature verifies, but {why_not}")
    return out("valid", "the signature verifies and the certificate chains to a trusted root "
               "(revocation not checked)")


def holds(data: bytes) -> str | None:
    """"attached" (a container with its content), "detached" (a signature alone), or None
    (not a readable CMS signature)."""
    der = der_of(data)
    if der is None:
        return None
    try:
        return "detached" if _content(_signed_data(der)) is None else "attached"
    except DocumentRejected:
        return None


def check_detached(sig: bytes, content: bytes, limits: ParseLimits) -> Signature:
    """A detached signature (`form.pdf.p7s`) checked against the document beside it."""
    der = der_of(sig)
    if der is None:
        return Signature(status="invalid", detail="the signature file is not a CMS signature")
    try:
        return check(_signed_data(der), content, limits)
    except DocumentRejected as exc:
        return Signature(status="invalid", detail=exc.message)


@unpacker("cms")
def unpack_cms(data: bytes, name: str, limits: ParseLimits, members: int,
               budget: int) -> Unpacked:
    der = der_of(data)
    if der is None:
        raise DocumentRejected("corrupt", "not a readable signed container")
    sd = _signed_data(der)
    content = _content(sd)
    if content is None:
        return Unpacked(errors=[ParseError(part=name, code="detached_signature", message="a "
                        "detached signature without its document: send the document beside it "
                        "(form.pdf with form.pdf.p7s) or a container with the content inside")])
    if len(content) > min(limits.attachment_bytes, budget):
        return Unpacked(errors=[ParseError(part=inner_name(name), code="too_large",
                                           message=f"{len(content):,} bytes inside, over the "
                                           "limit")])
    return Unpacked(members=[Member(inner_name(name), content)],
                    signature=check(sd, content, limits))
