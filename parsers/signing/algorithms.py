"""Which hash and which signature an OID means, and one `verify` for all of them: RSA and ECDSA
by `cryptography`, GOST by gost3410 (Streebog by streebog, GOST 34.311-95 by gost94).

Why a table: a CMS signer, a certificate and a CRL each name their algorithms by OID, and
Kazakhstan's NCA has its own arc (1.2.398.3.10) beside the Russian one (1.2.643); the OIDs here
were read off real NCA certificates (tests/data/nca/) where they exist, and from RFC 4491 /
RFC 9215 for the Russian ones.  Anything not listed is `Unsupported`, never guessed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from parsers.signing import gost3410
from parsers.signing.gost94 import gost94, gost94_cryptopro

__all__ = ["BadSignature", "Unsupported", "HASH_OIDS", "digest", "verify", "describe",
           "spki_parts", "hash_of_signature", "WEAK_HASHES", "der_children"]


class Unsupported(Exception):
    """An algorithm or key we cannot check (the verdict is `unverified`)."""


class BadSignature(Exception):
    """The signature does not verify (the verdict is `invalid`)."""


HASH_OIDS = {
    "1.3.14.3.2.26": "sha1", "2.16.840.1.101.3.4.2.4": "sha224",
    "2.16.840.1.101.3.4.2.1": "sha256", "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
    "1.2.398.3.10.1.3.1": "gost94",  # GOST 34.311-95 = GOST R 34.11-94, test parameters
    "1.2.398.3.10.1.3.2": "streebog256", "1.2.398.3.10.1.3.3": "streebog512",
    "1.2.643.7.1.1.2.2": "streebog256", "1.2.643.7.1.1.2.3": "streebog512",
    "1.2.643.2.2.9": "gost94-cryptopro",  # Russia's GOST R 34.11-94, CryptoPro parameters
}
WEAK_HASHES = {"sha1"}


@dataclass(frozen=True)
class SigAlg:
    family: str  # rsa, rsa-pss, ecdsa, gost
    hash: str | None  # None: the hash comes from elsewhere (the CMS digest algorithm)


SIG_OIDS = {
    "1.2.840.113549.1.1.1": SigAlg("rsa", None),
    "1.2.840.113549.1.1.5": SigAlg("rsa", "sha1"),
    "1.2.840.113549.1.1.14": SigAlg("rsa", "sha224"),
    "1.2.840.113549.1.1.11": SigAlg("rsa", "sha256"),
    "1.2.840.113549.1.1.12": SigAlg("rsa", "sha384"),
    "1.2.840.113549.1.1.13": SigAlg("rsa", "sha512"),
    "1.2.840.113549.1.1.10": SigAlg("rsa-pss", None),
    "1.2.840.10045.2.1": SigAlg("ecdsa", None),
    "1.2.840.10045.4.1": SigAlg("ecdsa", "sha1"),
    "1.2.840.10045.4.3.1": SigAlg("ecdsa", "sha224"),
    "1.2.840.10045.4.3.2": SigAlg("ecdsa", "sha256"),
    "1.2.840.10045.4.3.3": SigAlg("ecdsa", "sha384"),
    "1.2.840.10045.4.3.4": SigAlg("ecdsa", "sha512"),
    # Kazakhstan: GOST 34.310-2004 (key .1.1.1.1, signature .1.1.1.2), GOST 34.10-2015
    # (keys .1.1.2.1 / .1.1.2.2, signatures .1.1.2.3.1 / .1.1.2.3.2, as NCANode's KalkanUtil
    # names them; the curve, in the key's parameters, decides 256 or 512)
    "1.2.398.3.10.1.1.1.1": SigAlg("gost", None),
    "1.2.398.3.10.1.1.1.2": SigAlg("gost", "gost94"),
    "1.2.398.3.10.1.1.2.1": SigAlg("gost", None),
    "1.2.398.3.10.1.1.2.2": SigAlg("gost", None),
    "1.2.398.3.10.1.1.2.3.1": SigAlg("gost", "streebog256"),
    "1.2.398.3.10.1.1.2.3.2": SigAlg("gost", "streebog512"),
    # Russia: GOST R 34.10-2001 and 34.10-2012
    "1.2.643.2.2.19": SigAlg("gost", None),
    "1.2.643.2.2.3": SigAlg("gost", "gost94-cryptopro"),
    "1.2.643.7.1.1.1.1": SigAlg("gost", None),
    "1.2.643.7.1.1.1.2": SigAlg("gost", None),
    "1.2.643.7.1.1.3.2": SigAlg("gost", "streebog256"),
    "1.2.643.7.1.1.3.3": SigAlg("gost", "streebog512"),
}
_HASH_NAMES = {"sha1": "SHA-1", "sha224": "SHA-224", "sha256": "SHA-256", "sha384": "SHA-384",
               "sha512": "SHA-512", "gost94": "GOST 34.311-95",
               "streebog256": "Streebog-256", "streebog512": "Streebog-512",
               "gost94-cryptopro": "GOST R 34.11-94"}


def digest(name: str, data: bytes) -> bytes:
    """The hash `name` (a value of HASH_OIDS) of `data`."""
    if name == "gost94":
        return gost94(data)
    if name == "gost94-cryptopro":
        return gost94_cryptopro(data)
    if name in ("streebog256", "streebog512"):
        from parsers.signing.streebog import streebog

        return streebog(data, int(name[-3:]))
    if name in ("sha1", "sha224", "sha256", "sha384", "sha512"):
        return hashlib.new(name, data).digest()
    raise Unsupported(f"the hash {_HASH_NAMES.get(name, name)} is not supported")


def _tlv(data: bytes, at: int = 0) -> tuple[int, int, int]:
    """(tag, start of contents, end) of the DER element at `at`."""
    tag, length = data[at], data[at + 1]
    at += 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[at:at + count], "big")
        at += count
    return tag, at, at + length


def der_children(der: bytes, contents: bool = False) -> list[bytes]:
    """The raw TLVs inside one constructed DER element (or inside `der` itself when it is
    already the contents).  Why by hand: asn1crypto re-encodes an element whose length is
    exactly 128 (it takes the 0x80 for an indefinite length) and, re-encoding, parses GOST keys
    it does not know and fails; signed bytes must be the bytes as they came."""
    start, end = (0, len(der)) if contents else _tlv(der)[1:]
    out = []
    while start < end:
        _, cstart, cend = _tlv(der, start)
        out.append(der[start:cend])
        start = cend
    return out


def _oid(contents: bytes) -> str:
    from asn1crypto import core

    return str(core.ObjectIdentifier.load(b"\x06" + bytes([len(contents)]) + contents).dotted)


def spki_parts(spki: bytes) -> tuple[str, list[str], bytes]:
    """A SubjectPublicKeyInfo, read without knowing its algorithm: the key's OID, the OIDs in
    its parameters (GOST: the curve, the hash), the key's bytes (the BIT STRING's)."""
    _, start, _ = _tlv(spki)
    _, alg_start, alg_end = _tlv(spki, start)
    tag, oid_start, oid_end = _tlv(spki, alg_start)
    key_oid = _oid(spki[oid_start:oid_end])
    params: list[str] = []
    if oid_end < alg_end and spki[oid_end] == 0x30:
        _, at, end = _tlv(spki, oid_end)
        while at < end:
            tag, cstart, cend = _tlv(spki, at)
            if tag == 0x06:
                params.append(_oid(spki[cstart:cend]))
            at = cend
    elif oid_end < alg_end and spki[oid_end] == 0x06:
        _, cstart, cend = _tlv(spki, oid_end)
        params.append(_oid(spki[cstart:cend]))
    _, bits_start, bits_end = _tlv(spki, alg_end)
    return key_oid, params, spki[bits_start + 1:bits_end]


def hash_of_signature(sig_oid: str) -> str | None:
    alg = SIG_OIDS.get(sig_oid)
    return alg.hash if alg else None


def describe(key_oid: str, key_bits: int | None, hash_name: str | None) -> str:
    """The algorithm in words: "RSA SHA-256", "GOST 34.10-2015 512 (Streebog-512)"."""
    hashed = _HASH_NAMES.get(hash_name or "", hash_name or "?")
    if key_oid.startswith("1.2.398.3.10.1.1.1"):
        return f"GOST 34.310-2004 ({hashed})"
    if key_oid.startswith("1.2.398.3.10.1.1.2"):
        return f"GOST 34.10-2015 {key_bits or ''} ({hashed})".replace("  ", " ")
    if key_oid.startswith("1.2.643.2.2"):
        return f"GOST R 34.10-2001 ({hashed})"
    if key_oid.startswith("1.2.643.7.1.1.1"):
        return f"GOST R 34.10-2012 {key_bits or ''} ({hashed})".replace("  ", " ")
    family = {"1.2.840.113549.1.1.1": "RSA", "1.2.840.113549.1.1.10": "RSA-PSS",
              "1.2.840.10045.2.1": "ECDSA"}.get(key_oid, key_oid)
    return f"{family} {hashed}"


def verify(spki: bytes, sig_oid: str, hash_name: str | None, data: bytes, signature: bytes,
           pss_params: bytes | None = None) -> None:
    """Returns when `signature` over `data` verifies with the key `spki`; raises BadSignature
    when it does not, Unsupported when it cannot be checked here."""
    key_oid, params, key_bits = spki_parts(spki)
    alg = SIG_OIDS.get(sig_oid) or SIG_OIDS.get(key_oid)
    if alg is None:
        raise Unsupported(f"the signature algorithm {sig_oid} is not supported")
    hash_name = alg.hash or hash_name
    if not hash_name:
        raise Unsupported(f"no hash is named for the signature algorithm {sig_oid}")
    if alg.family == "gost":
        _verify_gost(key_oid, params, key_bits, hash_name, data, signature)
    else:
        _verify_classic(spki, alg.family, hash_name, data, signature, pss_params)


def _verify_gost(key_oid: str, params: list[str], key_bits: bytes, hash_name: str,
                 data: bytes, signature: bytes) -> None:
    from asn1crypto import core

    name = next((gost3410.CURVE_NAMES[p] for p in params if p in gost3410.CURVE_NAMES), None)
    if name is None:
        raise Unsupported(f"the GOST curve {params[:1] or '?'} is not supported")
    try:
        key = core.OctetString.load(key_bits).native
    except ValueError:
        raise Unsupported("the GOST public key is not an OCTET STRING") from None
    hashed = digest(hash_name, data)
    if not gost3410.verify(gost3410.curve(name), key, hashed, signature,
                           reversed_signature=key_oid.startswith("1.2.398.")):
        raise BadSignature("the GOST signature does not verify")


def _verify_classic(spki: bytes, family: str, hash_name: str, data: bytes, signature: bytes,
                    pss_params: bytes | None) -> None:
    from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    names: dict[str, type[hashes.SHA1 | hashes.SHA224 | hashes.SHA256 | hashes.SHA384
                          | hashes.SHA512]] = {
        "sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256,
        "sha384": hashes.SHA384, "sha512": hashes.SHA512}
    if hash_name not in names:
        raise Unsupported(f"the hash {hash_name} does not go with {family}")
    try:
        key = serialization.load_der_public_key(spki)
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise Unsupported(f"the public key cannot be read ({exc})") from None
    algo = names[hash_name]()
    try:
        if isinstance(key, rsa.RSAPublicKey) and family == "rsa-pss":
            from asn1crypto import algos

            p = algos.RSASSAPSSParams.load(pss_params or b"\x30\x00")
            pss_hash = names[p["hash_algorithm"]["algorithm"].native]()
            key.verify(signature, data, padding.PSS(padding.MGF1(pss_hash),
                                                    p["salt_length"].native), pss_hash)
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), algo)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(algo))
        else:
            raise Unsupported(f"a {type(key).__name__} key")
    except InvalidSignature:
        raise BadSignature("the signature does not verify") from None
